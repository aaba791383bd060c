using System.Collections.Immutable;
using BrainEvent.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>
/// Runs all three generators on any source, however broken, and checks what every run must satisfy: no generator
/// threw (no exception in its result, no CS8785 from the driver), no internal-error diagnostic (BE1010,
/// BE2015, BE3009, AD0001), and nothing the generators emitted has an error of its own (a diagnostic located in a
/// generated file). Returns the BE diagnostics the generators reported and the number of files they generated.
/// </summary>
internal static class RobustRun
{
    public const string Usings = "using System;\nusing BrainEvent;\nusing BrainEvent.Networks;\n\n";

    private static readonly string[] InternalErrors = ["BE1010", "BE2015", "BE3009", "AD0001", "CS8785"];

    public static (ImmutableArray<string> Diagnostics, int Files) Check(string source)
    {
        var input = GeneratorHarness.CreateCompilation(Usings + source);
        var driver = CSharpGeneratorDriver.Create(
            [
                new FixedNumKernelGenerator().AsSourceGenerator(),
                new NeuronModelGenerator().AsSourceGenerator(),
                new PlasticityRuleGenerator().AsSourceGenerator(),
            ],
            parseOptions: GeneratorHarness.ParseOptions);
        var run = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var driverDiagnostics).GetRunResult();
        foreach (var result in run.Results)
        {
            Assert.True(result.Exception is null, $"{result.Generator.GetGeneratorType().Name} threw: {result.Exception}");
        }

        var reported = run.Results.SelectMany(r => r.Diagnostics).Concat(driverDiagnostics).ToList();
        Assert.DoesNotContain(reported, d => InternalErrors.Contains(d.Id));
        var inGenerated = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
            .Select(d => $"{d} in:\n{d.Location.SourceTree!.GetText()}")
            .ToList();
        Assert.True(inGenerated.Count == 0, string.Join("\n\n", inGenerated));
        ImmutableArray<string> ids = [.. reported.Where(d => d.Id.StartsWith("BE", StringComparison.Ordinal)).Select(d => d.Id).Distinct().Order()];
        return (ids, run.Results.Sum(r => r.GeneratedSources.Length));
    }
}
