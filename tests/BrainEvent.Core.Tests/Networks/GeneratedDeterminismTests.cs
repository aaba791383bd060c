using BrainEvent.NetworkBench;
using BrainEvent.Networks;
using GeneratedCobaLif = BrainEvent.Models.CobaLif;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// The shipped <c>BrainEvent.Models.CobaLif</c>, whose kernels the generator wrote, spikes the same for any thread
/// count through delayed projections: the COBA network with every synapse 1.5 ms late, plus an excitatory projection
/// whose slots carry their own delays (the dendritic ring). The shipped models are all float, so no double one here.
/// </summary>
public sealed class GeneratedDeterminismTests
{
    [Fact]
    public void The_generated_coba_model_with_delays_spikes_bit_identically_on_1_2_and_8_threads()
    {
        var one = Run(threads: 1);
        Assert.True(one.Steps.Length > 10_000, $"{one.Steps.Length} spikes");
        foreach (int threads in new[] { 2, 8 })
        {
            var other = Run(threads);
            Assert.Equal(one.Steps, other.Steps);
            Assert.Equal(one.Neurons, other.Neurons);
            Assert.Equal(one.VBits, other.VBits);
            Assert.Equal(one.GeBits, other.GeBits);
        }
    }

    private static (int[] Steps, int[] Neurons, int[] VBits, int[] GeBits) Run(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Seed = 42, Threads = threads });
        var (all, excitatory) = CobaNetwork.Build(net, 1, 42, GeneratedCobaLif.Benchmark, delayMs: 1.5);
        var extra = FixedPostNumConn<float>.Random(excitatory, all.Count, 10, 0.05f, seed: 5);
        var delays = Enumerable.Range(0, extra.Nse).Select(slot => (ushort)(slot % 23)).ToArray();
        net.Connect(all[..excitatory], all, extra, into: nameof(GeneratedCobaLif.Ge), delaySteps: delays);
        var spikes = net.RecordSpikes(all);
        net.Run(200);
        return ([.. spikes.Steps], [.. spikes.Neurons], Bits(all.Variable(nameof(GeneratedCobaLif.V))), Bits(all.Variable(nameof(GeneratedCobaLif.Ge))));
    }

    private static int[] Bits(Span<float> values)
    {
        var bits = new int[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            bits[i] = BitConverter.SingleToInt32Bits(values[i]);
        }

        return bits;
    }
}
