using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The pipeline caches as it should: edits that do not change a kernel class's model leave its output
/// cached; a changed transform body regenerates it. Run with tracked steps, as the IDE runs it on every keystroke.
/// </summary>
public sealed class IncrementalityTests
{
    private const string Source = SnapshotCase.Usings + """
        namespace Demo;

        [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8 })]
        internal partial class ExcitatorySynapse
        {
            public float Gain { get; init; } = 1f;

            [WeightTransform]
            private float Weight(float w) => MathF.Min(w * Gain, 1f);
        }
        """;

    [Fact]
    public void An_added_comment_leaves_the_output_cached()
    {
        var result = RunTwice(compilation => Edit(compilation, 0, "// A comment that moves everything down a line.\n"));

        AssertReasons(result, TrackingNames.Models, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        AssertOutputsCached(result);
    }

    [Fact]
    public void An_unrelated_type_leaves_the_output_cached()
    {
        var result = RunTwice(compilation => compilation.AddSyntaxTrees(
            GeneratorHarness.Parse("namespace Demo;\n\ninternal sealed class Unrelated\n{\n    public int Value { get; set; }\n}\n", "Unrelated.cs")));

        AssertReasons(result, TrackingNames.Models, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        AssertOutputsCached(result);
    }

    [Fact]
    public void A_changed_transform_body_regenerates_the_output()
    {
        var result = RunTwice(compilation => Edit(compilation, Source.IndexOf("MathF.Min", StringComparison.Ordinal), "MathF.Max", removed: "MathF.Min".Length));

        AssertReasons(result, TrackingNames.Models, IncrementalStepRunReason.Modified);
        Assert.Contains(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    /// <summary>Runs the generator on the source, then again (same driver) after <paramref name="edit"/>; returns the second run.</summary>
    private static GeneratorRunResult RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        driver = driver.RunGenerators(edit(compilation));
        return driver.GetRunResult().Results.Single();
    }

    private static Compilation Edit(Compilation compilation, int at, string text, int removed = 0)
    {
        var tree = compilation.SyntaxTrees.Single();
        var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(at, removed), text)));
        return compilation.ReplaceSyntaxTree(tree, changed);
    }

    private static void AssertReasons(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
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
