using BrainEvent.Tests.IO;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Damaged <c>.npz</c> files: every truncation and thousands of random byte flips, insertions, deletions and
/// zip and NPY header edits of valid files, stored and deflated. Each load throws
/// <see cref="InvalidDataException"/> and nothing else, or (damage in a field the reader ignores) loads
/// exactly the original values; and a refused load allocates less than
/// <see cref="NpzLoadBound.Bytes"/> of the file's size, so a header cannot make it allocate what the file
/// does not hold.
/// </summary>
public class NpzCorruptionTests
{
    public static TheoryData<int> Samples => new(Enumerable.Range(0, NpzSamples.All.Length));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_truncation_is_refused(int sample)
    {
        var file = NpzSamples.All[sample];
        using var folder = new TempFolder();
        for (int length = 0; length < file.Bytes.Length; length++)
        {
            Assert.False(Loads(file, file.Bytes[..length], folder), $"{file} cut to {length} of {file.Bytes.Length} bytes loaded");
        }
    }

    [Fact]
    public void Random_damage_is_refused_or_changes_nothing()
    {
        using var folder = new TempFolder();
        int refused = 0;
        SeededCases.Run(NpzCorruption.Gen, 4000, 1541, c => refused += Loads(c.File, c.Apply(), folder) ? 0 : 1);

        // Most bytes are covered by a CRC, a size or a header check; what loads unchanged hit ignored fields.
        Assert.InRange(refused, 2000, 4000);
    }

    /// <summary>Loads damaged bytes: true when they load as the original, false when refused as the promise says.</summary>
    private static bool Loads(NpzSample file, byte[] bytes, TempFolder folder)
    {
        string path = folder.File("damaged.npz");
        File.WriteAllBytes(path, bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var loaded = NpzSamples.Load(file, path);
            Assert.True(loaded.SameAs(file.Original), "the damaged file loaded other values without an error");
            return true;
        }
        catch (InvalidDataException error)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < NpzLoadBound.Bytes(bytes.Length), $"refusing a {bytes.Length}-byte file allocated {allocated} bytes: {error.Message}");
            Assert.StartsWith(path, error.Message);
            return false;
        }
    }
}
