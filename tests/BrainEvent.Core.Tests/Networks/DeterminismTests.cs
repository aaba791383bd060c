using BrainEvent.NetworkBench;
using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>The same seed gives the same spikes and state for any thread count.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Coba_at_scale_1_spikes_identically_on_1_2_and_8_threads_for_200_ms()
    {
        var one = Run(threads: 1);
        Assert.True(one.Steps.Length > 10_000, $"{one.Steps.Length} spikes");
        foreach (int threads in new[] { 2, 8 })
        {
            var other = Run(threads);
            Assert.Equal(one.Steps, other.Steps);
            Assert.Equal(one.Neurons, other.Neurons);
            Assert.Equal(one.V, other.V);
            Assert.Equal(one.Ge, other.Ge);
        }
    }

    [Fact]
    public void Flushing_denormals_is_the_same_on_every_thread_and_without_it_results_are_still_thread_independent()
    {
        var one = Run(threads: 1, flush: false, ms: 50);
        var two = Run(threads: 2, flush: false, ms: 50);
        Assert.Equal(one.Steps, two.Steps);
        Assert.Equal(one.V, two.V);
    }

    private static (int[] Steps, int[] Neurons, float[] V, float[] Ge) Run(int threads, bool flush = true, double ms = 200)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads, FlushDenormals = flush });
        var (all, _) = CobaNetwork.Build(net, 1, 42, CobaLifVector.Benchmark);
        var spikes = net.RecordSpikes(all);
        net.Run(ms);
        return ([.. spikes.Steps], [.. spikes.Neurons], all.Variable("V").ToArray(), all.Variable("Ge").ToArray());
    }
}
