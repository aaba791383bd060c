using System.Numerics;
using System.Reflection;
using System.Runtime.Loader;
using BrainEvent.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// Generates, compiles and loads every execution model once for the tests that share it, into a collectible
/// context that is unloaded at the end. The generator's only diagnostics must be the expected fallback
/// warnings, and the generated code must compile without a single warning.
/// </summary>
public sealed class GeneratedModelsFixture : IDisposable
{
    private readonly AssemblyLoadContext _context = new("GeneratedModels", isCollectible: true);
    private readonly Assembly _assembly;

    public GeneratedModelsFixture()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(ModelCases.Source()));
        GeneratorDiagnostics = result.Diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        CompilationProblems = GeneratorHarness.Problems(output);
        Assert.Empty(CompilationProblems);
        _assembly = GeneratorHarness.EmitAndLoad(output, _context);
    }

    public IReadOnlyList<string> GeneratorDiagnostics { get; }

    public IReadOnlyList<string> CompilationProblems { get; }

    /// <summary>A fresh instance of a model class.</summary>
    public IKernelModel<T> Create<T>(ModelCase model)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        (IKernelModel<T>)Activator.CreateInstance(_assembly.GetType("ExecutionModels." + model.Name, throwOnError: true)!)!;

    public void Dispose() => _context.Unload();
}

/// <summary>The tests that share the generated models.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedModelsCollection : ICollectionFixture<GeneratedModelsFixture>
{
    public const string Name = "Generated models";
}
