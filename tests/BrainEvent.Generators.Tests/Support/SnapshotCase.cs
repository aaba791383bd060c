using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Tests.Support;

/// <summary>What the generator made of one test source, with the compilation it ran on (to quote the source in diagnostics).</summary>
internal sealed record GeneratedCase(GeneratorRunResult Result, Compilation Input);

/// <summary>Runs the generator on one test source and checks that what it generated compiles without a warning.</summary>
internal static class SnapshotCase
{
    public const string Usings = "using System;\nusing BrainEvent;\n\n";

    /// <summary>Generates from <paramref name="source"/> (the usings are added) with <paramref name="generator"/> (default: <c>[FixedNumKernel]</c>'s); fails if generated code has any warning or error.</summary>
    public static GeneratedCase Generate(string source, IIncrementalGenerator? generator = null)
    {
        var input = GeneratorHarness.CreateCompilation(Usings + source);
        var (result, output) = GeneratorHarness.Run(input, generator);
        var generatedProblems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
            .Select(d => d.ToString())
            .ToList();
        Assert.Empty(generatedProblems);
        return new GeneratedCase(result, input);
    }
}
