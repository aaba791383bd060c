namespace BrainEvent.Benchmarks;

/// <summary>
/// The event target of <see cref="EventProductBenchmarks"/> timed in turns within one process (see
/// <see cref="Interleaved"/>): <c>spikes @ W</c> at 1% on 10^6 x 100 against the float scatter <c>v @ W</c> of the
/// same matrix, heterogeneous and homogeneous (the event scatter runs on one thread, the float scatter on all).
/// Two settings: the same spikes in every call, as BenchmarkDotNet measures (each kernel called once untimed
/// before its timed calls: the active rows, 8 MB at 1%, stay in cache, so without it the first event kernel of a
/// round paid for loading them and the second found them loaded), and new spikes in every call, as in a
/// simulation (16 spike vectors in turn, whose rows together are 8 times the last-level cache), where the event
/// kernels also run with one thread per product, without the helper that prefetches their rows. Both settings call
/// each kernel once untimed before its timed calls: without it, whichever event kernel followed the float scatter
/// (which streams the whole matrix, 800 MB, through the caches) measured up to 15% slower than the other.
/// </summary>
public static class EventProductInterleaved
{
    public const string Option = "--event-products-interleaved";

    private const int SpikeVectors = 16;

    public static void Run(int rounds)
    {
        foreach (bool homogeneous in new[] { false, true })
        {
            var benchmarks = new EventProductBenchmarks { Size = new Size(1_000_000, 100), Rate = 0.01, Homogeneous = homogeneous };
            benchmarks.Setup();
            string shape = $"N = 10^6, n_conn = 100, 1% spikes, {(homogeneous ? "homogeneous" : "heterogeneous")}, {BrainEventSettings.MaxDegreeOfParallelism} threads";
            Interleaved.Run(
                $"{shape}, the same spikes in every call",
                [
                    ("v @ W (float scatter)", benchmarks.FloatScatter),
                    ("spikes @ W (bool)", benchmarks.EventBool),
                    ("spikes @ W (BitSpikes)", benchmarks.EventBits),
                ],
                rounds,
                callsPerRound: 5,
                warmUpCalls: 5,
                untimedCallsPerRound: 1);

            var work = Workload.Get(1_000_000, 100, homogeneous, 0.01);
            var random = new Random(7);
            var bools = Enumerable.Range(0, SpikeVectors).Select(_ => Enumerable.Range(0, work.N).Select(_ => random.NextDouble() < 0.01).ToArray()).ToArray();
            var bits = bools.Select(spikes => BitSpikes.FromBools(spikes)).ToArray();
            int nextBool = 0, nextBits = 0;
            Interleaved.Run(
                $"{shape}, new spikes in every call",
                [
                    ("v @ W (float scatter)", benchmarks.FloatScatter),
                    ("spikes @ W (bool)", () => work.Matrix.VecMat(bools[nextBool++ % SpikeVectors], work.Y)),
                    ("spikes @ W (BitSpikes)", () => work.Matrix.VecMat(bits[nextBits++ % SpikeVectors], work.Y)),
                    ("spikes @ W (bool), no helper", () => OnOneThread(() => work.Matrix.VecMat(bools[nextBool++ % SpikeVectors], work.Y))),
                    ("spikes @ W (BitSpikes), no helper", () => OnOneThread(() => work.Matrix.VecMat(bits[nextBits++ % SpikeVectors], work.Y))),
                ],
                rounds,
                callsPerRound: 5,
                warmUpCalls: 5,
                untimedCallsPerRound: 1);
        }
    }

    /// <summary>Runs <paramref name="product"/> with one thread per product: the event scatter without its prefetching helper.</summary>
    private static void OnOneThread(Action product)
    {
        int threads = BrainEventSettings.MaxDegreeOfParallelism;
        BrainEventSettings.MaxDegreeOfParallelism = 1;
        try
        {
            product();
        }
        finally
        {
            BrainEventSettings.MaxDegreeOfParallelism = threads;
        }
    }
}
