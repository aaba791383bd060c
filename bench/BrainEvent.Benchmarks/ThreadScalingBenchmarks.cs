using BenchmarkDotNet.Attributes;

namespace BrainEvent.Benchmarks;

/// <summary>The large gather and scatter (1e6 x 100) with one thread and with two.</summary>
public class ThreadScalingBenchmarks
{
    private Workload _work = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(1_000_000, 100, homogeneous: false);
        _work.Matrix.VecMat(_work.V, _work.Y);
        BrainEventSettings.MaxDegreeOfParallelism = Threads;
    }

    [GlobalCleanup]
    public void Cleanup() => BrainEventSettings.MaxDegreeOfParallelism = Environment.ProcessorCount;

    [Benchmark(Description = "W @ v (gather)")]
    public void Gather() => _work.Matrix.MatVec(_work.V, _work.Y);

    [Benchmark(Description = "v @ W (scatter)")]
    public void Scatter() => _work.Matrix.VecMat(_work.V, _work.Y);
}
