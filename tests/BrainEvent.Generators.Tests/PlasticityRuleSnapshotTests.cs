using BrainEvent.Generators.Tests.PlasticityRules;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The code generated for plasticity rules, reviewed as snapshots (snapshots/PlasticityRuleSnapshotTests.*): a float
/// rule, a double readonly record struct, and a rule nested in a class with keyword names in the global namespace.
/// Each also checks that the generated code compiles without a warning.
/// </summary>
public sealed class PlasticityRuleSnapshotTests
{
    [Fact]
    public void SoftBound() => Verify(PlasticityRuleSources.SoftBound);

    [Fact]
    public void ClippedDouble_ReadonlyRecordStruct() => Verify(PlasticityRuleSources.ClippedDouble);

    [Fact]
    public void Nested_Keywords_GlobalNamespace() => Verify("""
        public partial class Network
        {
            [PlasticityRule(tauPost: 10, tauPre: 5, aMinus: 0, aPlus: 1e-3)]
            internal partial struct @event
            {
                public float @float;

                public float OnPre(float @in, float @out) => @in - @out * @float;

                public float OnPost(float @in, float @out) => @in + @out;
            }
        }
        """, inNamespace: false);

    /// <summary>The README's example (the C# block of "Generated rules" in "In networks") generates the rule without a diagnostic.</summary>
    [Fact]
    public void The_readme_example_generates_without_diagnostics()
    {
        string readme = File.ReadAllText(Path.Combine(Snapshot.Directory, "..", "README.md"));
        int section = readme.IndexOf("- Generated rules:", readme.IndexOf("### In networks", StringComparison.Ordinal), StringComparison.Ordinal);
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        string example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        string rule = example[..example.IndexOf("net.Connect", StringComparison.Ordinal)];

        var generated = SnapshotCase.Generate(PlasticityRuleSources.Usings + rule, new PlasticityRuleGenerator());

        Assert.Empty(generated.Result.Diagnostics);
        Assert.Contains("IPlasticityRule<float>", Assert.Single(generated.Result.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    private static void Verify(string source, bool inNamespace = true, [System.Runtime.CompilerServices.CallerMemberName] string caseName = "") =>
        Snapshot.Verify<PlasticityRuleSnapshotTests>(
            SnapshotCase.Generate(PlasticityRuleSources.Usings + (inNamespace ? "namespace Demo;\n\n" : string.Empty) + source, new PlasticityRuleGenerator()),
            caseName);
}
