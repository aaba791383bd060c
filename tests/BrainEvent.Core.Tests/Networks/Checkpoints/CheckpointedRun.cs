using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// A COBA network with every part a checkpoint holds, built the same way each time from its settings: two
/// populations (the COBA LIF with 5 ms refractoriness, and probes counting what arrives), projections with
/// one delay (0 and 1.2 ms) or per-synapse delays (up to 2.5 ms, two rings), and spike, state and rate monitors.
/// </summary>
internal sealed class CheckpointedRun : IDisposable
{
    public const double Dt = 0.1;

    public CheckpointedRun(bool perSynapseDelays, int threads, int neurons = 1000, ulong seed = 7)
    {
        Network = new Network(new NetworkOptions { Dt = Dt, Threads = threads, Seed = seed });
        Coba = Network.AddPopulation(neurons, CobaLif.Benchmark);
        Probes = Network.AddPopulation(300, new Probe());
        var random = Xoshiro256StarStar.ForStream(seed, 0);
        foreach (ref float v in Coba.Variable("V"))
        {
            v = (float)(-55 + (2 * random.NextNormal()));
        }

        int excitatory = neurons * 4 / 5;
        var toExcitatory = FixedPostNumConn<float>.Random(excitatory, neurons, 40, WeightInit.Uniform(0.4, 0.8), Xoshiro256StarStar.Mix64(seed + 1));
        var toInhibitory = FixedPostNumConn<float>.Random(neurons - excitatory, neurons, 40, 6.7f, Xoshiro256StarStar.Mix64(seed + 2));
        var toProbes = FixedPreNumConn<float>.Random(neurons, 300, 20, WeightInit.Uniform(0, 1), Xoshiro256StarStar.Mix64(seed + 3));
        if (perSynapseDelays)
        {
            Network.Connect(Coba[..excitatory], Coba, toExcitatory, into: "Ge", delaySteps: Delays(toExcitatory.Nse, 25, seed + 4));
            Network.Connect(Coba[excitatory..], Coba, toInhibitory, into: "Gi", delaySteps: Delays(toInhibitory.Nse, 7, seed + 5));
        }
        else
        {
            Network.Connect(Coba[..excitatory], Coba, toExcitatory, into: "Ge");
            Network.Connect(Coba[excitatory..], Coba, toInhibitory, into: "Gi", delay: 1.2);
        }

        Network.Connect(Coba, Probes, toProbes, into: nameof(Probe.In), delay: 0.4);
        Spikes = Network.RecordSpikes(Coba[100..]);
        Voltages = Network.RecordState(Coba, "V", [0, 5, neurons / 3, neurons - 1], every: 3);
        Seen = Network.RecordState(Probes, nameof(Probe.Seen), [.. Enumerable.Range(0, 300)]);
        Rate = Network.RecordRate(Coba, binMs: 1.0);
    }

    public Network Network { get; }

    public Population<CobaLif> Coba { get; }

    public Population<Probe> Probes { get; }

    public SpikeMonitor Spikes { get; }

    public StateMonitor Voltages { get; }

    public StateMonitor Seen { get; }

    public RateMonitor Rate { get; }

    /// <summary>Runs <paramref name="steps"/> steps.</summary>
    public void Run(int steps) => Network.Run(steps * Dt);

    /// <summary>Everything the run produced, to compare bit for bit.</summary>
    public Outcome Result() => new(
        Network.Step, [.. Spikes.Steps], [.. Spikes.Neurons], [.. Spikes.CountsPerNeuron], [.. Coba.Variable("V")], [.. Coba.Variable("Ge")],
        [.. Coba.Variable("Gi")], [.. Probes.Variable(nameof(Probe.Total))], [.. Voltages.Values.Cast<float>()], Voltages.TimesMs, [.. Seen.Values.Cast<float>()],
        Rate.SpikesPerBin, Rate.RatesHz);

    public void Dispose() => Network.Dispose();

    private static ushort[] Delays(int count, int max, ulong seed)
    {
        var random = new Random((int)seed);
        return [.. Enumerable.Range(0, count).Select(_ => (ushort)random.Next(max + 1))];
    }

    /// <summary>A run's results; arrays compare element by element, floats exactly.</summary>
    public sealed record Outcome(
        long Step, int[] SpikeSteps, int[] SpikeNeurons, int[] Counts, float[] V, float[] Ge, float[] Gi, float[] ProbeTotal, float[] Voltages, double[] Times,
        float[] Seen, long[] RateSpikes, double[] Rates)
    {
        public void AssertSame(Outcome expected)
        {
            Assert.Equal(expected.Step, Step);
            Assert.Equal(expected.SpikeSteps, SpikeSteps);
            Assert.Equal(expected.SpikeNeurons, SpikeNeurons);
            Assert.Equal(expected.Counts, Counts);
            Assert.Equal(expected.V, V);
            Assert.Equal(expected.Ge, Ge);
            Assert.Equal(expected.Gi, Gi);
            Assert.Equal(expected.ProbeTotal, ProbeTotal);
            Assert.Equal(expected.Voltages, Voltages);
            Assert.Equal(expected.Times, Times);
            Assert.Equal(expected.Seen, Seen);
            Assert.Equal(expected.RateSpikes, RateSpikes);
            Assert.Equal(expected.Rates, Rates);
        }
    }
}
