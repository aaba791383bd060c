using System.Collections.Concurrent;
using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Networks share their weight matrices with each other and with products called at the same time: 16 threads,
/// some each building and running a COBA network on the same two matrices (with 1 or 2 threads of its own),
/// the others calling the event product on those matrices. Every network spikes exactly as the same network run
/// alone, every product equals the one made alone, and the matrices are unchanged.
/// </summary>
public sealed class ConcurrentNetworkTests
{
    private const int Neurons = 2000;
    private const int Excitatory = 1600;
    private const double DurationMs = 30;

    private static readonly FixedPostNumConn<float> ToExcitatory = FixedPostNumConn<float>.Random(Excitatory, Neurons, 40, WeightInit.Uniform(0.5, 1.5), seed: 21);
    private static readonly FixedPostNumConn<float> ToInhibitory = FixedPostNumConn<float>.Random(Neurons - Excitatory, Neurons, 40, WeightInit.Uniform(5, 9), seed: 22);

    [Fact]
    public void Sixteen_threads_running_networks_and_products_on_shared_matrices_get_the_results_of_one()
    {
        var weightsBefore = ToExcitatory.Data.ToArray();
        var alone = RunNetwork(threads: 1);
        Assert.True(alone.Length > 500, $"{alone.Length} spikes");
        var spikes = BitSpikes.FromBools([.. Enumerable.Range(0, Excitatory).Select(i => i % 7 == 0)]);
        var productAlone = new float[Neurons];
        ToExcitatory.VecMat(spikes, productAlone);

        var failures = new ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            try
            {
                for (int round = 0; round < 3; round++)
                {
                    if (t % 4 == 0)
                    {
                        var spikesNow = RunNetwork(threads: 1 + (t / 4 % 2));
                        if (!spikesNow.SequenceEqual(alone))
                        {
                            failures.Enqueue($"thread {t}, round {round}: {spikesNow.Length} spikes, {alone.Length} alone");
                        }
                    }
                    else
                    {
                        var result = new float[Neurons];
                        for (int call = 0; call < 200; call++)
                        {
                            ToExcitatory.VecMat(spikes, result);
                            if (!result.AsSpan().SequenceEqual(productAlone))
                            {
                                failures.Enqueue($"thread {t}: a product differs from the one made alone");
                                return;
                            }
                        }
                    }
                }
            }
            catch (Exception e)
            {
                failures.Enqueue($"thread {t}: {e}");
            }
        })).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        Assert.Empty(failures);
        Assert.Equal(weightsBefore, ToExcitatory.Data.ToArray());
    }

    /// <summary>The network's spikes as (step, neuron) pairs packed into longs, in recorded order.</summary>
    private static long[] RunNetwork(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads, PinThreads = false });
        var all = net.AddPopulation(Neurons, CobaLif.Benchmark);
        var v = all.Variable("V");
        for (int i = 0; i < Neurons; i++)
        {
            v[i] = -60f + (i % 97 * 0.1f);
        }

        net.Connect(all[..Excitatory], all, ToExcitatory, into: "Ge");
        net.Connect(all[Excitatory..], all, ToInhibitory, into: "Gi");
        var monitor = net.RecordSpikes(all);
        net.Run(DurationMs);
        return [.. monitor.Steps.Zip(monitor.Neurons, (step, neuron) => ((long)step << 32) | (uint)neuron)];
    }
}
