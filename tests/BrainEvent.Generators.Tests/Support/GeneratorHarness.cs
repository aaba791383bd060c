using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BrainEvent.Generators.Tests.Support;

/// <summary>
/// Runs the generator on test sources the way the compiler does, and compiles what it produced: nullable
/// enabled, no unsafe code, every warning level, documentation comments checked. Metadata references are
/// built once for the whole run (they are the slow part of a compilation's setup).
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            sources.Select((source, i) => Parse(source, $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: false,
                warningLevel: 9999,
                optimizationLevel: OptimizationLevel.Release));

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>A driver of <paramref name="generator"/>, by default the <c>[FixedNumKernel]</c> one, with tracked steps.</summary>
    public static GeneratorDriver CreateDriver(IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new FixedNumKernelGenerator()).AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation with the generated sources added.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(Compilation compilation, IIncrementalGenerator? generator = null)
    {
        var driver = CreateDriver(generator).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>The warnings and errors of a compilation (after generation), as readable lines.</summary>
    public static IReadOnlyList<string> Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();

    /// <summary>Emits the compilation (which must have no warning or error) into a collectible context and loads it.</summary>
    public static Assembly EmitAndLoad(Compilation compilation, AssemblyLoadContext context)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    /// <summary>The framework's assemblies, the library and this test assembly (generated test code implements its interfaces).</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(FixedNumConn<>).Assembly.Location)
            .Append(typeof(GeneratorHarness).Assembly.Location)
            .Distinct();
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
