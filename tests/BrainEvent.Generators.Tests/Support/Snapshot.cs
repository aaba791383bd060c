using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Tests.Support;

/// <summary>
/// Snapshot checks with Verify's file conventions: <c>snapshots/&lt;TestClass&gt;.&lt;Case&gt;#&lt;HintName&gt;.verified.cs</c> per
/// generated file and <c>snapshots/&lt;TestClass&gt;.&lt;Case&gt;.verified.txt</c> for the diagnostics. A mismatch writes the new
/// text next to the snapshot as <c>.received.*</c> and fails with the command that shows the difference. With
/// <see cref="AcceptVariable"/> set to 1 the received text overwrites the snapshot instead.
/// </summary>
internal static class Snapshot
{
    /// <summary>Set to 1 to accept every changed snapshot of a test run.</summary>
    public const string AcceptVariable = "BRAINEVENT_ACCEPT_SNAPSHOTS";

    private static readonly Lazy<string> LazyDirectory = new(FindDirectory);

    public static string Directory => LazyDirectory.Value;

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Checks every source the generator produced and its diagnostics against the snapshots of one test case.</summary>
    public static void Verify<TTest>(GeneratedCase generated, [CallerMemberName] string caseName = "")
    {
        var result = generated.Result;
        string prefix = typeof(TTest).Name + "." + caseName;
        var expectedFiles = new Dictionary<string, string>();
        foreach (var source in result.GeneratedSources)
        {
            string hint = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
            expectedFiles[prefix + "#" + hint + ".verified.cs"] = source.SourceText.ToString();
        }

        if (!result.Diagnostics.IsEmpty)
        {
            expectedFiles[prefix + ".verified.txt"] = Describe(result.Diagnostics, generated.Input);
        }

        Assert.True(expectedFiles.Count > 0, "The generator produced neither code nor diagnostics for " + prefix + ".");

        var failures = new List<string>();
        foreach (var (name, text) in expectedFiles)
        {
            Compare(name, text, failures);
        }

        foreach (var stale in System.IO.Directory.EnumerateFiles(Directory, prefix + "*.verified.*"))
        {
            string name = Path.GetFileName(stale);
            bool ofThisCase = name.StartsWith(prefix + "#", StringComparison.Ordinal) || name.StartsWith(prefix + ".verified.", StringComparison.Ordinal);
            if (ofThisCase && !expectedFiles.ContainsKey(name))
            {
                if (Accepting)
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.Add($"{name} is no longer produced; delete it.");
                }
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n", failures)
                + $"\nTo accept: set {AcceptVariable}=1 and run the tests again, or move each .received file over its .verified file.");
        }
    }

    /// <summary>Diagnostics as stable text: ID, severity, position, the source text they point at, and the message.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics, Compilation? input = null)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var span = diagnostic.Location.GetLineSpan();
            var tree = input?.SyntaxTrees.FirstOrDefault(t => t.FilePath == span.Path);
            string at = diagnostic.Location == Location.None
                ? "no location"
                : $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})"
                + (tree is null ? string.Empty : $" '{tree.GetText().ToString(diagnostic.Location.SourceSpan)}'");
            text.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(" at ").Append(at).Append('\n');
            text.Append("    ").Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static void Compare(string verifiedName, string actual, List<string> failures)
    {
        string verifiedPath = Path.Combine(Directory, verifiedName);
        string receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Accepting)
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        failures.Add(expected is null
            ? $"New snapshot: snapshots/{Path.GetFileName(receivedPath)}"
            : $"Snapshot changed: diff -u snapshots/{verifiedName} snapshots/{Path.GetFileName(receivedPath)}");
    }

    /// <summary>The repository's snapshots folder: found from the test binaries by looking for the solution file.</summary>
    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BrainEvent.sln")))
            {
                return System.IO.Directory.CreateDirectory(Path.Combine(directory.FullName, "snapshots")).FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with BrainEvent.sln) is not above " + AppContext.BaseDirectory + ".");
    }
}
