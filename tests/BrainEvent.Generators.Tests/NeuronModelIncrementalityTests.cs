using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using BrainEvent.Generators.Tests.NeuronModels;
using BrainEvent.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The neuron model pipeline caches as it should: an added comment or an unrelated type leaves the output cached,
/// a changed method body regenerates it; its models compare by value and hold no Roslyn objects.
/// </summary>
public sealed class NeuronModelIncrementalityTests
{
    private const string Source = SnapshotCase.Usings + NeuronModelSources.Usings + "namespace Demo;\n\n" + NeuronModelSources.CobaLif;

    [Fact]
    public void An_added_comment_leaves_the_output_cached()
    {
        var result = RunTwice(compilation => Edit(compilation, 0, "// A comment that moves everything down a line.\n"));

        AssertReasons(result, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        AssertOutputsCached(result);
    }

    [Fact]
    public void An_unrelated_type_leaves_the_output_cached()
    {
        var result = RunTwice(compilation => compilation.AddSyntaxTrees(
            GeneratorHarness.Parse("namespace Demo;\n\ninternal struct Unrelated\n{\n    public float V;\n}\n", "Unrelated.cs")));

        AssertReasons(result, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        AssertOutputsCached(result);
    }

    [Fact]
    public void A_changed_update_body_regenerates_the_output()
    {
        const string From = "MathF.Exp(-dt / TauE)";
        var result = RunTwice(compilation => Edit(compilation, Source.IndexOf(From, StringComparison.Ordinal), "MathF.Exp(-dt / TauI)", removed: From.Length));

        AssertReasons(result, IncrementalStepRunReason.Modified);
        Assert.Contains(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Equal_sources_give_equal_models()
    {
        static object Model() =>
            GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Source), new NeuronModelGenerator())
                .Result.TrackedSteps[TrackingNames.Models].Single().Outputs.Single().Value;

        var first = Model();
        var second = Model();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Neuron_models_hold_no_Roslyn_objects()
    {
        var visited = new HashSet<Type>();
        var offenders = new List<string>();
        ModelTests.Walk(typeof(NeuronModelParseResult), nameof(NeuronModelParseResult), visited, offenders);

        Assert.Empty(offenders);
        Assert.Contains(typeof(IfStatement), visited);
        Assert.Contains(typeof(StateFieldExpression), visited);
        Assert.Contains(typeof(NeuronFieldInfo), visited);
    }

    /// <summary>Runs the generator on the source, then again (same driver) after <paramref name="edit"/>; returns the second run.</summary>
    private static GeneratorRunResult RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);
        var driver = GeneratorHarness.CreateDriver(new NeuronModelGenerator()).RunGenerators(compilation);
        driver = driver.RunGenerators(edit(compilation));
        return driver.GetRunResult().Results.Single();
    }

    private static Compilation Edit(Compilation compilation, int at, string text, int removed = 0)
    {
        var tree = compilation.SyntaxTrees.Single();
        var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(at, removed), text)));
        return compilation.ReplaceSyntaxTree(tree, changed);
    }

    private static void AssertReasons(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        var outputs = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Contains(output.Reason, allowed));
    }

    private static void AssertOutputsCached(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
