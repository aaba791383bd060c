using BrainEvent.Generators.Tests.NeuronModels;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The code generated for neuron models, reviewed as snapshots (snapshots/NeuronModelSnapshotTests.*): the issue's
/// COBA LIF, Izhikevich in double with if/else, AdEx with Exp, branches over fields and locals, a double model
/// calling System.Math, and the per-neuron fallback of a model with a loop. Each also checks that the generated code compiles without a warning.
/// </summary>
public sealed class NeuronModelSnapshotTests
{
    [Fact]
    public void CobaLif() => Verify(NeuronModelSources.CobaLif);

    [Fact]
    public void Izhikevich_Double_IfElse() => Verify(NeuronModelSources.Izhikevich);

    [Fact]
    public void AdEx_Exp() => Verify(NeuronModelSources.AdEx);

    [Fact]
    public void Branching_FieldsAndLocals() => Verify(NeuronModelSources.Branching);

    [Fact]
    public void DoubleMath_SystemMath() => Verify(NeuronModelSources.DoubleMath);

    [Fact]
    public void Substeps_PerNeuronFallback() => Verify(NeuronModelSources.Substeps);

    [Fact]
    public void Nested_Keywords_GlobalNamespace() => Verify("""
        public partial class Network
        {
            [NeuronModel]
            internal partial record struct @event
            {
                public float @float, @var;
                [Shared] public float @double;

                public void Update(float dt) => @float += dt * @double - @var;

                public bool Threshold() => @float > 1f;
            }
        }
        """, inNamespace: false);

    /// <summary>The README's example (the C# block of its "Neuron models" section) generates a vectorised model without a diagnostic.</summary>
    [Fact]
    public void The_readme_example_is_vectorised_without_diagnostics()
    {
        string readme = File.ReadAllText(Path.Combine(Snapshot.Directory, "..", "README.md"));
        int section = readme.IndexOf("### Neuron models", StringComparison.Ordinal);
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        string example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var generated = SnapshotCase.Generate(example, new NeuronModelGenerator());

        Assert.Empty(generated.Result.Diagnostics);
        Assert.Contains("ILaneNeuronModel<global::CobaLif, float>", Assert.Single(generated.Result.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    private static void Verify(string source, bool inNamespace = true, [System.Runtime.CompilerServices.CallerMemberName] string caseName = "") =>
        Snapshot.Verify<NeuronModelSnapshotTests>(
            SnapshotCase.Generate(NeuronModelSources.Usings + (inNamespace ? "namespace Demo;\n\n" : string.Empty) + source, new NeuronModelGenerator()),
            caseName);
}
