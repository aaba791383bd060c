using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using BrainEvent.Generators.Tests.PlasticityRules;
using BrainEvent.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The plasticity rule pipeline caches as it should: an added comment, an unrelated type or a changed update body
/// (the generated code does not depend on it) leaves the output cached; a changed trace constant
/// regenerates it; its models compare by value and hold no Roslyn objects.
/// </summary>
public sealed class PlasticityRuleIncrementalityTests
{
    private const string Source = SnapshotCase.Usings + PlasticityRuleSources.Usings + "namespace Demo;\n\n" + PlasticityRuleSources.SoftBound;

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
    public void A_changed_update_body_leaves_the_output_cached()
    {
        var result = RunTwice(compilation => Replace(compilation, "(postTrace * w)", "(postTrace * w * w)"));

        AssertReasons(result, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        AssertOutputsCached(result);
    }

    [Fact]
    public void A_changed_trace_constant_modifies_the_generated_file()
    {
        var result = RunTwice(compilation => Replace(compilation, "tauPre: 2", "tauPre: 4"));

        AssertReasons(result, IncrementalStepRunReason.Modified);
        Assert.Contains(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Equal_sources_give_equal_models()
    {
        static object Model() =>
            GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Source), new PlasticityRuleGenerator())
                .Result.TrackedSteps[TrackingNames.Models].Single().Outputs.Single().Value;

        var first = Model();
        var second = Model();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Plasticity_rule_models_hold_no_Roslyn_objects()
    {
        var visited = new HashSet<Type>();
        var offenders = new List<string>();
        ModelTests.Walk(typeof(PlasticityRuleParseResult), nameof(PlasticityRuleParseResult), visited, offenders);

        Assert.Empty(offenders);
        Assert.Contains(typeof(PlasticityRuleInfo), visited);
        Assert.Contains(typeof(DiagnosticInfo), visited);
    }

    /// <summary>Runs the generator on the source, then again (same driver) after <paramref name="edit"/>; returns the second run.</summary>
    private static GeneratorRunResult RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);
        var driver = GeneratorHarness.CreateDriver(new PlasticityRuleGenerator()).RunGenerators(compilation);
        driver = driver.RunGenerators(edit(compilation));
        return driver.GetRunResult().Results.Single();
    }

    private static Compilation Replace(Compilation compilation, string from, string to)
    {
        int at = Source.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from + " is not in the source");
        return Edit(compilation, at, to, removed: from.Length);
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
