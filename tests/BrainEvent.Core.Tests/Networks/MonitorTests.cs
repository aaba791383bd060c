using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// Monitors record exactly what happened: a small recurrent network of <see cref="Leaky"/> neurons with every
/// kind of projection, run in two pieces on several thread counts, against plain arrays and loops that
/// re-simulate it from the documented step (bitwise: the same float operations in the same order).
/// </summary>
public sealed class MonitorTests
{
    private const int Neurons = 150;
    private const float Dt = 0.1f;
    private const int FirstRun = 120;
    private const int Steps = 300;
    private const int RefractorySteps = 2;             // round(0.3 / 0.1) - 1

    private static readonly Leaky Template = new() { Tau = 2, Drive = 1.3f };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Spike_state_and_rate_monitors_match_a_plain_reference_loop(int threads)
    {
        var fixture = new Fixture();
        using var net = new Network(new NetworkOptions { Dt = Dt, Threads = threads });
        var pop = net.AddPopulation(Neurons, Template);
        fixture.InitialV.CopyTo(pop.Variable("V"));
        net.Connect(pop[..100], pop, fixture.Recurrent, into: "G", delay: 0.5);
        net.Connect(pop[100..], pop[20..], fixture.Inhibitory, into: "G", delaySteps: fixture.InhibitoryDelays);
        net.Connect(pop[30..90], pop[..60], fixture.FromPre, into: "G");
        var spikes = net.RecordSpikes(pop[10..140]);
        int[] traced = [0, 5, 53, 54, 100, 129];
        var trace = net.RecordState(pop[10..], "V", traced, every: 3);
        var rate = net.RecordRate(pop[..100], binMs: 0.5);
        net.Run(FirstRun * Dt);
        net.Run((Steps - FirstRun) * Dt);

        var reference = fixture.Simulate();
        var expectedSpikes = reference.Spikes.Where(s => s.Neuron >= 10 && s.Neuron < 140).ToArray();
        Assert.Equal(expectedSpikes.Select(s => s.Step), spikes.Steps);
        Assert.Equal(expectedSpikes.Select(s => s.Neuron - 10), spikes.Neurons);
        Assert.Equal(Enumerable.Range(10, 130).Select(n => reference.Spikes.Count(s => s.Neuron == n)), spikes.CountsPerNeuron);
        Assert.True(spikes.Count > 500, $"only {spikes.Count} spikes: the comparison is too weak");

        int samples = (Steps + 2) / 3;
        Assert.Equal(samples, trace.Samples);
        for (int s = 0; s < samples; s++)
        {
            Assert.Equal(((3 * s) + 1) * (double)Dt, trace.TimesMs[s], 12);
            for (int j = 0; j < traced.Length; j++)
            {
                Assert.Equal(reference.V[3 * s, 10 + traced[j]], trace.Values[s, j]);
            }
        }

        var counts = Enumerable.Range(0, Steps / 5).Select(b => (long)reference.Spikes.Count(s => s.Neuron < 100 && s.Step / 5 == b)).ToArray();
        Assert.Equal(counts, rate.SpikesPerBin);
        Assert.Equal(counts.Select(c => c / (100 * 5 * (double)Dt / 1000.0)), rate.RatesHz);
    }

    [Fact]
    public void A_monitor_created_between_runs_records_from_then_on_and_a_partial_bin_is_completed_by_the_next_run()
    {
        var fixture = new Fixture();
        using var net = new Network(new NetworkOptions { Dt = Dt, Threads = 2 });
        var pop = net.AddPopulation(Neurons, Template);
        fixture.InitialV.CopyTo(pop.Variable("V"));
        net.Connect(pop[..100], pop, fixture.Recurrent, into: "G", delay: 0.5);
        net.Connect(pop[100..], pop[20..], fixture.Inhibitory, into: "G", delaySteps: fixture.InhibitoryDelays);
        net.Connect(pop[30..90], pop[..60], fixture.FromPre, into: "G");
        net.Run(100 * Dt);
        var spikes = net.RecordSpikes(pop);
        var rate = net.RecordRate(pop, binMs: 1.0);
        net.Run(55 * Dt);
        Assert.Equal(6, rate.RatesHz.Length);                 // 5 full bins and one of 5 steps
        var partial = rate.SpikesPerBin[5];
        net.Run(145 * Dt);

        var reference = fixture.Simulate();
        var expected = reference.Spikes.Where(s => s.Step >= 100).ToArray();
        Assert.Equal(expected.Select(s => s.Step), spikes.Steps);
        Assert.Equal(expected.Select(s => s.Neuron), spikes.Neurons);
        var counts = Enumerable.Range(0, 20).Select(b => (long)expected.Count(s => (s.Step - 100) / 10 == b)).ToArray();
        Assert.Equal(counts, rate.SpikesPerBin);
        Assert.Equal(expected.Count(s => s.Step >= 150 && s.Step < 155), partial);
    }

    /// <summary>The network's random parts, and the plain re-simulation.</summary>
    private sealed class Fixture
    {
        public float[] InitialV { get; } = RandomFloats(Neurons, seed: 1);

        public FixedPostNumConn<float> Recurrent { get; } = FixedPostNumConn<float>.Random(100, Neurons, 15, WeightInit.Normal(0.04, 0.05), seed: 2);

        public FixedPostNumConn<float> Inhibitory { get; } = FixedPostNumConn<float>.Random(50, 130, 12, WeightInit.Normal(-0.08, 0.03), seed: 3);

        public ushort[] InhibitoryDelays { get; } = [.. RandomFloats(50 * 12, seed: 4).Select(x => (ushort)(x * 11))];

        public FixedPreNumConn<float> FromPre { get; } = FixedPreNumConn<float>.Random(60, 60, 6, WeightInit.Normal(0.02, 0.05), seed: 5);

        /// <summary>Every spike (by step, then neuron) and V after every step, from plain arrays.</summary>
        public (List<(int Step, int Neuron)> Spikes, float[,] V) Simulate()
        {
            var v = (float[])InitialV.Clone();
            var g = new float[Neurons];
            var refractory = new int[Neurons];
            var spikes = new List<(int Step, int Neuron)>();
            var spikedIn = new List<int>[Steps];
            var trace = new float[Steps, Neurons];
            var pending = new Dictionary<(int Step, int Target), float>();
            var recurrent = Arrivals.Synapses.Of(Recurrent, 0, 0, 5);
            var inhibitory = Arrivals.Synapses.Of(Inhibitory, 100, 20, 0, InhibitoryDelays);
            var fromPre = Arrivals.Synapses.Of(FromPre, 30, 0, 0);
            for (int k = 0; k < Steps; k++)
            {
                Deliver(recurrent, k - 6, g);
                Deliver(fromPre, k - 1, g);
                if (k >= 1)
                {
                    foreach (int i in spikedIn[k - 1])
                    {
                        foreach (var slot in inhibitory.Slots.Where(s => s.Pre + 100 == i))
                        {
                            var key = (k + slot.Delay, slot.Post + 20);
                            pending[key] = pending.GetValueOrDefault(key) + slot.Weight;
                        }
                    }
                }

                for (int j = 0; j < Neurons; j++)
                {
                    if (pending.Remove((k, j), out float sum))
                    {
                        g[j] += sum;
                    }
                }

                spikedIn[k] = [];
                for (int i = 0; i < Neurons; i++)
                {
                    bool held = refractory[i] > 0;
                    var (nextV, nextG) = Leaky.Step(v[i], g[i], Dt, Template.Tau, Template.Drive);
                    g[i] = nextG;
                    v[i] = held ? v[i] : nextV;
                    bool spike = !held && v[i] >= 1;
                    v[i] = spike ? 0 : v[i];
                    refractory[i] = spike ? RefractorySteps : Math.Max(refractory[i] - 1, 0);
                    if (spike)
                    {
                        spikes.Add((k, i));
                        spikedIn[k].Add(i);
                    }

                    trace[k, i] = v[i];
                }
            }

            return (spikes, trace);

            void Deliver(Arrivals.Synapses p, int source, float[] field)
            {
                if (source < 0)
                {
                    return;
                }

                foreach (int i in spikedIn[source])
                {
                    foreach (var slot in p.Slots.Where(s => s.Pre + p.PreStart == i))
                    {
                        field[slot.Post + p.PostStart] += slot.Weight;
                    }
                }
            }
        }

        private static float[] RandomFloats(int count, ulong seed)
        {
            var random = new Xoshiro256StarStar(seed);
            return [.. Enumerable.Range(0, count).Select(_ => (float)random.NextDouble())];
        }
    }
}
