namespace BrainEvent.Benchmarks;

/// <summary>
/// The event target of <see cref="EventProductBenchmarks"/> timed in turns within one process (see
/// <see cref="Interleaved"/>): <c>spikes @ W</c> at 1% on 10^6 x 100 against the float scatter <c>v @ W</c> of the
/// same matrix, heterogeneous and homogeneous (the event scatter runs on one thread, the float scatter on all).
/// </summary>
public static class EventProductInterleaved
{
    public const string Option = "--event-products-interleaved";

    public static void Run(int rounds)
    {
        foreach (bool homogeneous in new[] { false, true })
        {
            var benchmarks = new EventProductBenchmarks { Size = new Size(1_000_000, 100), Rate = 0.01, Homogeneous = homogeneous };
            benchmarks.Setup();
            Interleaved.Run(
                $"N = 10^6, n_conn = 100, 1% spikes, {(homogeneous ? "homogeneous" : "heterogeneous")}, {BrainEventSettings.MaxDegreeOfParallelism} threads",
                [
                    ("v @ W (float scatter)", benchmarks.FloatScatter),
                    ("spikes @ W (bool)", benchmarks.EventBool),
                    ("spikes @ W (BitSpikes)", benchmarks.EventBits),
                ],
                rounds,
                callsPerRound: 5,
                warmUpCalls: 5);
        }
    }
}
