using BrainEvent.Generators.Tests.NeuronModels;
using BrainEvent.Generators.Tests.PlasticityRules;
using Microsoft.CodeAnalysis.CSharp;

namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>
/// Valid kernel classes, neuron models and plasticity rules with random token deletions, duplications and swaps (a fixed seed,
/// one to three edits each): whatever the edits break, the generators never throw and what they emit
/// compiles (<see cref="RobustRun"/>). Some mutants must still generate code, or emission is not exercised.
/// </summary>
public sealed class MutationTests
{
    private const int MutantsPerGenerator = 120;

    private static readonly string[] Kernels =
    [
        """
        namespace Demo;

        [FixedNumKernel(typeof(FixedPostNumConn<double>), NConn = new[] { 6, 80 })]
        internal partial class EveryConstruct
        {
            public double Gain { get; set; } = 1.5;
            private static double Floor = 0.25;
            private const double Ceiling = 4.0;

            [WeightTransform]
            private double Weight(double w) =>
                (w > 0.0 && !(w >= Ceiling)) || w < -3.0
                    ? Math.Min(Math.Sqrt(Math.Abs(w)) * Gain + Math.Exp(-w), Ceiling)
                    : Math.Max(Math.FusedMultiplyAdd(w, -2.0, Floor), Math.Log(Math.Abs(w) + 1.0)) - (+w);
        }
        """,
        """
        namespace Demo;

        [FixedNumKernel(typeof(FixedPreNumConn<float>), NConn = new[] { 8, 13 })]
        internal partial class Facilitated
        {
            public float Offset { get; init; } = 0.125f;

            [WeightTransform]
            private float Weight(float w, [PerSynapse] float g) => w * g + Offset;
        }
        """,
        """
        internal static partial class Network
        {
            [FixedNumKernel(typeof(FixedPostNumConn<float>))]
            internal sealed partial record Layer
            {
                [WeightTransform]
                private static float Weight(float w) => w > 0f ? MathF.Tanh(w) : 0f;
            }
        }
        """,
    ];

    private static readonly string[] Models =
        [NeuronModelSources.CobaLif, NeuronModelSources.Izhikevich, NeuronModelSources.AdEx, NeuronModelSources.Branching, NeuronModelSources.Substeps];

    private static readonly string[] Rules = [PlasticityRuleSources.SoftBound, PlasticityRuleSources.ClippedDouble];

    [Fact]
    public void Mutated_kernel_classes_never_break_the_generator() => Check(Kernels, seed: 15);

    [Fact]
    public void Mutated_neuron_models_never_break_the_generator() => Check(Models, seed: 16);

    [Fact]
    public void Mutated_plasticity_rules_never_break_the_generator() => Check(Rules, seed: 17);

    private static void Check(string[] samples, int seed)
    {
        var random = new Random(seed);
        int generating = 0;
        for (int i = 0; i < MutantsPerGenerator; i++)
        {
            string mutant = Mutate(samples[i % samples.Length], random, out string edits);
            try
            {
                generating += RobustRun.Check(mutant).Files > 0 ? 1 : 0;
            }
            catch (Exception error)
            {
                throw new Xunit.Sdk.XunitException($"mutant {i} of seed {seed} ({edits}):\n{mutant}\n{error}");
            }
        }

        Assert.InRange(generating, MutantsPerGenerator / 10, MutantsPerGenerator);
    }

    /// <summary><paramref name="source"/> with one to three random token edits, which <paramref name="edits"/> describes.</summary>
    private static string Mutate(string source, Random random, out string edits)
    {
        var tokens = SyntaxFactory.ParseTokens(source).Select(t => t.ToFullString()).ToList();
        var done = new List<string>();
        for (int edit = random.Next(1, 4); edit > 0; edit--)
        {
            int at = random.Next(tokens.Count - 1);
            switch (random.Next(3))
            {
                case 0:
                    done.Add($"delete {tokens[at].Trim()} at {at}");
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    done.Add($"duplicate {tokens[at].Trim()} at {at}");
                    tokens.Insert(at, tokens[at]);
                    break;
                default:
                    done.Add($"swap {tokens[at].Trim()} and {tokens[at + 1].Trim()} at {at}");
                    (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
                    break;
            }
        }

        edits = string.Join(", ", done);
        return string.Concat(tokens);
    }
}
