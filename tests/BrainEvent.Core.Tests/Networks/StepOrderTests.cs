using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>The order within a step: deliver, update, threshold, reset, record; runs continue one another.</summary>
public sealed class StepOrderTests
{
    [Fact]
    public void Threshold_is_tested_after_the_update_and_reset_runs_on_the_neurons_that_spiked()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 1 });
        var pop = net.AddPopulation(3, new Burster<NoPeriod>());
        pop.Variable("V")[1] = -5;                    // needs 6 updates to reach 1
        var spikes = net.RecordSpikes(pop);
        var v = net.RecordState(pop, "V", [1]);
        net.Run(0.8);

        // Neurons 0 and 2 fire in every step, neuron 1 from step 5 on; by step, then neuron.
        Assert.Equal([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7], spikes.Steps);
        Assert.Equal([0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2], spikes.Neurons);
        Assert.Equal([8, 3, 8], spikes.CountsPerNeuron);
        Assert.Equal([-4, -3, -2, -1, 0, 0, 0, 0], Enumerable.Range(0, 8).Select(k => v.Values[k, 0]));
    }

    [Fact]
    public void A_spike_of_step_t_is_seen_by_the_update_of_step_t_plus_one_and_monitors_sample_the_end_of_a_step()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 1 });
        var source = net.AddPopulation(1, new Pacer { Countdown = 4 });      // spikes in step 3
        var target = net.AddPopulation(1, new Probe());
        net.Connect(source, target, new FixedPostNumConn<float>(2.5f, new[,] { { 0 } }, shape: (1, 1)), into: nameof(Probe.In));
        var seen = net.RecordState(target, nameof(Probe.Seen), [0], every: 2);
        var spikes = net.RecordSpikes(source);
        net.Run(1.0);

        Assert.Equal([3], spikes.Steps);
        Assert.Equal([0.1, 0.3, 0.5, 0.7, 0.9], seen.TimesMs.Select(t => Math.Round(t, 9)));   // the ends of steps 0, 2, 4, 6, 8
        Assert.Equal([0f, 0f, 2.5f, 0f, 0f], Enumerable.Range(0, 5).Select(s => seen.Values[s, 0]));  // step 4 saw it
    }

    [Fact]
    public void Runs_continue_where_the_last_stopped_and_give_what_one_long_run_gives()
    {
        float[] once = RunCoba(runsMs: [20.0]);
        float[] inPieces = RunCoba(runsMs: [0.1, 3.3, 0.0, 6.6, 10.0]);
        Assert.Equal(once, inPieces);
    }

    private static float[] RunCoba(double[] runsMs)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        var (all, _) = BrainEvent.NetworkBench.CobaNetwork.Build(net, 0.25, 42, CobaLif.Benchmark);
        foreach (double ms in runsMs)
        {
            net.Run(ms);
        }

        Assert.Equal(200, net.Step);
        Assert.Equal(20.0, net.TimeMs, 9);
        return all.Variable("V").ToArray();
    }
}
