using System.Reflection;
using System.Runtime.Loader;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>
/// Generates, compiles (no warning allowed) and loads every execution model once for the tests that share it,
/// into a collectible context unloaded at the end.
/// </summary>
public sealed class NeuronModelsFixture : IDisposable
{
    private readonly AssemblyLoadContext _context = new("NeuronModels", isCollectible: true);
    private readonly Assembly _assembly;

    public NeuronModelsFixture()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Source()), new NeuronModelGenerator());
        GeneratorDiagnostics = result.Diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain(GeneratorHarness.Problems(output), p => !p.Contains("BE2014", StringComparison.Ordinal));
        _assembly = GeneratorHarness.EmitAndLoad(output, _context);
    }

    public IReadOnlyList<string> GeneratorDiagnostics { get; }

    public Type Type(NeuronModelCase model) => _assembly.GetType("ExecutionModels." + model.Name, throwOnError: true)!;

    public void Dispose() => _context.Unload();

    private static string Source() =>
        "using System;\nusing BrainEvent.Networks;\n\nnamespace ExecutionModels;\n\n"
        + "// The models' fields go undocumented, and their shared values are set by reflection (as a network sets them from\n"
        + "// its template), never in source; the pragma covers this file only, so the generated code is still checked.\n"
        + "#pragma warning disable CS1591, CS0649\n\n"
        + string.Join("\n", NeuronModelCase.All.Select(c => c.Source + "\n\n" + c.ReferencePart));
}

/// <summary>The tests that share the generated neuron models.</summary>
[CollectionDefinition(Name)]
public sealed class NeuronModelsCollection : ICollectionFixture<NeuronModelsFixture>
{
    public const string Name = "Generated neuron models";
}
