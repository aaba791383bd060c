using BrainEvent.Networks;
using BrainEvent.Tests.IO;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// A network whose excitatory synapses learn by STDP, stopped at step k, saved and resumed in a network built
/// again (on the other thread count), gives the spikes and learned weights of a run that never stopped, bit for bit: the checkpoint holds
/// the weights and both kinds of traces.
/// </summary>
public sealed class PlasticResumeTests
{
    private const int Steps = 400;
    private const int Neurons = 500;
    private const int Excitatory = 400;

    [Theory]
    [InlineData(1, 1, 0.0)]
    [InlineData(173, 2, 0.0)]
    [InlineData(250, 1, 0.3)]
    public void A_resumed_plastic_run_matches_one_that_never_stopped(int k, int threads, double delayMs)
    {
        var (expectedSpikes, expectedWeights) = Run(threads, delayMs, [Steps]);
        Assert.True(expectedSpikes.Length > 100, $"{expectedSpikes.Length} spikes");
        Assert.NotEqual(Weights0().Data.ToArray(), expectedWeights);

        using var folder = new TempFolder();
        string path = folder.File("plastic.ckpt");
        Run(threads, delayMs, [k], save: path);
        var (spikes, weights) = Run(3 - threads, delayMs, [Steps - k], restore: path);

        Assert.Equal(expectedSpikes, spikes);             // the restored monitor holds the first k steps' spikes too
        Assert.Equal(expectedWeights, weights);
    }

    private static FixedPostNumConn<float> Weights0() =>
        FixedPostNumConn<float>.Random(Excitatory, Neurons, 30, WeightInit.Uniform(0.3, 0.9), seed: 5);

    private static (long[] Spikes, float[] Weights) Run(int threads, double delayMs, int[] runs, string? save = null, string? restore = null)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads, PinThreads = false });
        var all = net.AddPopulation(Neurons, CobaLif.Benchmark);
        var v = all.Variable("V");
        for (int i = 0; i < Neurons; i++)
        {
            v[i] = -60f + (i % 89 * 0.11f);
        }

        var plastic = net.Connect(all[..Excitatory], all, Weights0(), into: "Ge", plasticity: new PairStdp { WMax = 1.5f }, delay: delayMs);
        net.Connect(all[Excitatory..], all, FixedPostNumConn<float>.Random(Neurons - Excitatory, Neurons, 30, 6.7f, seed: 6), into: "Gi");
        var monitor = net.RecordSpikes(all);
        if (restore is not null)
        {
            Network.RestoreCheckpoint(restore, net);
        }

        foreach (int steps in runs)
        {
            net.Run(steps * 0.1);
        }

        if (save is not null)
        {
            net.SaveCheckpoint(save);
        }

        return ([.. monitor.Steps.Zip(monitor.Neurons, (s, n) => ((long)s << 32) | (uint)n)], plastic.Weights());
    }
}
