using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// Keeps issue 10's target for generated kernels: the file of a class with at most two declared NConn values
/// is at most 300 lines, since the loops live in the library and the file holds only the model's own parts.
/// </summary>
public sealed class SnapshotSizeTests
{
    private const int MaxLines = 300;

    /// <summary>How each declared NConn appears in a generated file: one struct per value.</summary>
    private const string ConnCountStruct = ": global::BrainEvent.Generated.IConnCount";

    [Fact]
    public void Generated_kernels_of_classes_with_two_declared_NConn_values_at_most_are_at_most_300_lines()
    {
        var small = Directory.EnumerateFiles(Snapshot.Directory, "*.FixedNumKernel.g.verified.cs")
            .Select(file => (Name: Path.GetFileName(file), Lines: File.ReadAllLines(file)))
            .Select(f => (f.Name, f.Lines.Length, Declared: f.Lines.Count(line => line.Contains(ConnCountStruct, StringComparison.Ordinal))))
            .Where(f => f.Declared <= 2)
            .ToList();

        // The snapshots hold classes with two declared values (ExcitatorySynapse: 80 and 100), the case the
        // target names, so the limit is not checked on smaller files only.
        Assert.Contains(small, f => f.Declared == 2);
        foreach (var (name, length, declared) in small)
        {
            Assert.True(length <= MaxLines, $"{name}: {length} lines for {declared} declared NConn values, more than {MaxLines}.");
        }
    }
}
