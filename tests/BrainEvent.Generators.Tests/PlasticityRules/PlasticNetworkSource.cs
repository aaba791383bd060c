namespace BrainEvent.Generators.Tests.PlasticityRules;

/// <summary>
/// The program the execution test compiles with the generated code: a generated leaky neuron, the generated
/// <see cref="PlasticityRuleSources.SoftBound"/>, the same rule written by hand against <c>IPlasticityRule&lt;float&gt;</c>,
/// and a runner that simulates one recurrent network with either rule and returns everything it learned.
/// </summary>
internal static class PlasticNetworkSource
{
    public const string Program = """
        using System.Linq;
        using BrainEvent;
        using BrainEvent.Networks;

        namespace PlasticExecution;

        // The models' fields go undocumented; the pragma covers this file only, so the generated code is still checked.
        #pragma warning disable CS1591

        [NeuronModel(RefractoryPeriod = 0.3)]
        public partial struct Leaky
        {
            public float V, G;
            [Shared] public float Tau, Drive;

            public void Update(float dt)
            {
                V += dt / Tau * (Drive - V) + G;
                G *= 0.8f;
            }

            public readonly bool Threshold() => V >= 1f;

            public void Reset() => V = 0f;
        }

        public readonly struct HandWrittenSoftBound(float wMax) : IPlasticityRule<float>
        {
            public PlasticityTraces Traces => new(TauPre: 2, TauPost: 3, APlus: 0.05, AMinus: -0.06);

            public float OnPre(float w, float postTrace) => w + (postTrace * w);

            public float OnPost(float w, float preTrace) => w + (preTrace * (wMax - w));
        }

        public static class Runner
        {
            public static object[] Generated(int threads, int delaySteps) => Run(new SoftBound { WMax = 0.4f }, threads, delaySteps);

            public static object[] HandWritten(int threads, int delaySteps) => Run(new HandWrittenSoftBound(0.4f), threads, delaySteps);

            /// <summary>150 leaky neurons, neurons 5..104 onto 10..149 through the rule; initial weights, learned weights, traces and spikes.</summary>
            private static object[] Run<TRule>(TRule rule, int threads, int delaySteps)
                where TRule : struct, IPlasticityRule<float>
            {
                const double Dt = 0.1;
                using var net = new Network(new NetworkOptions { Dt = Dt, Threads = threads });
                var pop = net.AddPopulation(150, new Leaky { Tau = 2, Drive = 1.3f });
                var v = pop.Variable("V");
                for (int i = 0; i < v.Length; i++)
                {
                    v[i] = (i * 0.618034f) % 1f;
                }

                var weights = FixedPostNumConn<float>.Random(100, 140, 12, WeightInit.Uniform(0, 0.3), seed: 2);
                var projection = net.Connect(pop[5..105], pop[10..150], weights, into: "G", plasticity: rule, delay: delaySteps * Dt);
                var spikes = net.RecordSpikes(pop);
                net.Run(400 * Dt);
                return [weights.Data.ToArray(), projection.Weights(), projection.PreTraces(), projection.PostTraces(), spikes.Steps.ToArray(), spikes.Neurons.ToArray()];
            }
        }
        """;
}
