namespace BrainEvent.Benchmarks;

/// <summary>
/// <see cref="GeneratedKernelBenchmarks"/>' three ways of each product timed in turns within one process (see
/// <see cref="Interleaved"/>), for every N and n_conn of the benchmark class. The first of each group, the plain
/// kernel on weights evaluated beforehand, is the ratio's base.
/// </summary>
public static class GeneratedKernelInterleaved
{
    public const string Option = "--generated-kernels-interleaved";

    /// <summary>Runs every shape, or only <paramref name="onlyN"/> x <paramref name="onlyNConn"/> when given.</summary>
    public static void Run(int rounds, int? onlyN, int? onlyNConn)
    {
        foreach (int n in onlyN is { } oneN ? [oneN] : new[] { 100_000, 1_000_000 })
        {
            foreach (int nConn in onlyNConn is { } oneNConn ? [oneNConn] : new[] { 8, 80, 100 })
            {
                var benchmarks = new GeneratedKernelBenchmarks { N = n, NConn = nConn };
                benchmarks.Setup();
                int calls = n * nConn >= 50_000_000 ? 1 : 5;
                string shape = $"N = {n}, n_conn = {nConn}";
                Interleaved.Run(
                    $"W @ v, {shape}",
                    [("plain kernel", benchmarks.PlainMatVec), ("runtime-fused chain", benchmarks.FusedMatVec), ("generated kernel", benchmarks.GeneratedMatVec)],
                    rounds,
                    calls,
                    warmUpCalls: 3);
                Interleaved.Run(
                    $"spikes @ W, 1%, {shape}",
                    [("plain kernel", benchmarks.PlainEvent), ("runtime-fused chain", benchmarks.FusedEvent), ("generated kernel", benchmarks.GeneratedEvent)],
                    rounds,
                    callsPerRound: 20,
                    warmUpCalls: 50);
                Interleaved.Run(
                    $"W @ M, batch 128, {shape}",
                    [("plain kernel", benchmarks.PlainMatMat), ("runtime-fused chain", benchmarks.FusedMatMat), ("generated kernel", benchmarks.GeneratedMatMat)],
                    Math.Max(rounds / 4, 5),
                    callsPerRound: 1,
                    warmUpCalls: 2);
            }
        }
    }
}
