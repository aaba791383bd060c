using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>Delivery and delays: each arrival in exactly the step it is due, for one delay per projection and one per synapse.</summary>
public sealed class DelayTests
{
    private const int Sources = 130;
    private const int Targets = 200;
    private const int Steps = 60;

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.0, 2)]
    [InlineData(0.1, 1)]
    [InlineData(0.7, 3)]
    [InlineData(2.0, 2)]
    public void A_single_spike_arrives_in_the_step_its_delay_makes_it_due(double delayMs, int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var sources = net.AddPopulation(Sources, new Pacer());
        var targets = net.AddPopulation(Targets, new Probe());
        var countdowns = new float[Sources];
        countdowns[77] = 6;                                   // neuron 77 spikes in step 5, once
        Arrivals.SetCountdowns(sources, countdowns);
        var w = FixedPostNumConn<float>.Random(Sources, Targets, 40, WeightInit.Uniform(0.5, 1.5), seed: 3);
        net.Connect(sources, targets, w, into: nameof(Probe.In), delay: delayMs);
        var seen = net.RecordState(targets, nameof(Probe.Seen), Enumerable.Range(0, Targets).ToArray());
        net.Run(Steps * 0.1);

        int due = 5 + 1 + (int)Math.Round(delayMs / 0.1);
        var row = w.Indices.Span.Slice(77 * 40, 40).ToArray();
        var weights = w.Data.Span.Slice(77 * 40, 40).ToArray();
        for (int k = 0; k < Steps; k++)
        {
            for (int j = 0; j < Targets; j++)
            {
                float expected = k == due ? weights.Where((_, slot) => row[slot] == j).Sum() : 0f;
                Assert.Equal(expected, seen.Values[k, j]);
            }
        }

        Assert.NotEqual(0f, Enumerable.Range(0, Targets).Sum(j => seen.Values[due, j]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Per_synapse_delays_deliver_each_slot_in_its_own_step(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var sources = net.AddPopulation(Sources, new Pacer());
        var targets = net.AddPopulation(Targets, new Probe());
        var countdowns = new float[Sources];
        countdowns[5] = 3;
        Arrivals.SetCountdowns(sources, countdowns);
        var w = FixedPostNumConn<float>.Random(Sources, Targets, 30, WeightInit.Uniform(0.5, 1.5), seed: 4);
        var delays = RandomDelays(w.Nse, max: 17, seed: 5);
        net.Connect(sources, targets, w, into: nameof(Probe.In), delaySteps: delays);
        var seen = net.RecordState(targets, nameof(Probe.Seen), Enumerable.Range(0, Targets).ToArray());
        net.Run(Steps * 0.1);

        var spikes = SpikesOf(countdowns, period: 0);
        var expected = Arrivals.Expected(Steps, Targets, spikes, Arrivals.Synapses.Of(w, 0, 0, 0, delays));
        AssertSame(expected, seen.Values);
        for (int slot = 5 * 30; slot < 6 * 30; slot++)
        {
            Assert.NotEqual(0f, seen.Values[2 + 1 + delays[slot], w.Indices.Span[slot]]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Bursts_through_delayed_projections_sum_as_the_reference_does(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var sources = net.AddPopulation(Sources, new Pacer { Period = 1 });   // once started, a spike every step
        var targets = net.AddPopulation(Targets, new Probe());
        var countdowns = Enumerable.Range(0, Sources).Select(i => i % 7 == 0 ? (float)(1 + (i % 11)) : 0f).ToArray();
        Arrivals.SetCountdowns(sources, countdowns);
        var w1 = FixedPostNumConn<float>.Random(Sources, Targets, 25, WeightInit.Normal(0.3, 1), seed: 6);
        var w2 = FixedPostNumConn<float>.Random(60, 150, 20, WeightInit.Normal(-0.2, 1), seed: 7);
        var w3 = FixedPostNumConn<float>.Random(Sources, Targets, 10, WeightInit.Uniform(0, 1), seed: 8);
        var delays3 = RandomDelays(w3.Nse, max: 9, seed: 9);
        net.Connect(sources, targets, w1, into: nameof(Probe.In), delay: 0.3);
        net.Connect(sources[70..], targets[50..], w2, into: nameof(Probe.In));
        net.Connect(sources, targets, w3, into: nameof(Probe.In), delaySteps: delays3);
        var seen = net.RecordState(targets, nameof(Probe.Seen), Enumerable.Range(0, Targets).ToArray());
        net.Run(Steps * 0.1);

        var expected = Arrivals.Expected(
            Steps, Targets, SpikesOf(countdowns, period: 1),
            Arrivals.Synapses.Of(w1, 0, 0, 3), Arrivals.Synapses.Of(w2, 70, 50, 0), Arrivals.Synapses.Of(w3, 0, 0, 0, delays3));
        AssertSame(expected, seen.Values);
    }

    [Fact]
    public void A_projection_connected_between_runs_delivers_spikes_from_then_on_and_pending_arrivals_survive_a_deeper_ring()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        var sources = net.AddPopulation(Sources, new Pacer { Period = 3 });
        var targets = net.AddPopulation(Targets, new Probe());
        var countdowns = Enumerable.Range(0, Sources).Select(i => i % 5 == 0 ? (float)(1 + (i % 3)) : 0f).ToArray();
        Arrivals.SetCountdowns(sources, countdowns);
        var w1 = FixedPostNumConn<float>.Random(Sources, Targets, 12, WeightInit.Uniform(0, 1), seed: 10);
        var w2 = FixedPostNumConn<float>.Random(Sources, Targets, 12, WeightInit.Uniform(0, 1), seed: 11);
        var w3 = FixedPostNumConn<float>.Random(Sources, Targets, 12, WeightInit.Uniform(0, 1), seed: 12);
        var delays1 = RandomDelays(w1.Nse, max: 4, seed: 13);
        var delays2 = RandomDelays(w2.Nse, max: 15, seed: 14);
        net.Connect(sources, targets, w1, into: nameof(Probe.In), delaySteps: delays1);
        var seen = net.RecordState(targets, nameof(Probe.Seen), Enumerable.Range(0, Targets).ToArray());
        net.Run(2.0);                                                  // steps 0-19
        net.Connect(sources, targets, w2, into: nameof(Probe.In), delaySteps: delays2);   // the ring grows from 5 to 16 rows
        net.Connect(sources, targets, w3, into: nameof(Probe.In), delay: 1.2);            // the spike history grows
        net.Run((Steps - 20) * 0.1);

        var expected = Arrivals.Expected(
            Steps, Targets, SpikesOf(countdowns, period: 3),
            Arrivals.Synapses.Of(w3, 0, 0, 12, firstSourceStep: 20),
            Arrivals.Synapses.Of(w1, 0, 0, 0, delays1),
            Arrivals.Synapses.Of(w2, 0, 0, 0, delays2, firstSourceStep: 20));
        AssertSame(expected, seen.Values);
    }

    private static IReadOnlyList<int>[] SpikesOf(float[] countdowns, float period) =>
        [.. countdowns.Select(c => (IReadOnlyList<int>)Arrivals.PacerSpikes(c, period, Steps).ToArray())];

    private static ushort[] RandomDelays(int count, int max, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (ushort)random.NextInt32(max + 1))];
    }

    private static void AssertSame(float[,] expected, float[,] actual)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        for (int k = 0; k < expected.GetLength(0); k++)
        {
            for (int j = 0; j < expected.GetLength(1); j++)
            {
                if (expected[k, j] != actual[k, j])
                {
                    Assert.Fail($"step {k}, target {j}: expected {expected[k, j]}, got {actual[k, j]}");
                }
            }
        }
    }
}
