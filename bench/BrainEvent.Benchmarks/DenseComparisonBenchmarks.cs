using BenchmarkDotNet.Attributes;

namespace BrainEvent.Benchmarks;

/// <summary>At N = 1e4 a dense float[,] product (1e8 entries, 400 MB) is still possible: how much sparsity buys.</summary>
public class DenseComparisonBenchmarks
{
    private const int N = 10_000;
    private Workload _work = null!;
    private float[,] _dense = null!;

    [Params(10, 100, 1000)]
    public int NConn { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(N, NConn, homogeneous: false);
        _dense = _work.Matrix.ToDense();
    }

    [Benchmark(Baseline = true, Description = "dense float[,] @ v, 1 thread")]
    public void Dense()
    {
        var v = _work.V;
        var y = _work.Y;
        for (int i = 0; i < N; i++)
        {
            float sum = 0;
            for (int j = 0; j < N; j++)
            {
                sum += _dense[i, j] * v[j];
            }

            y[i] = sum;
        }
    }

    [Benchmark(Description = "W @ v (gather)")]
    public void Gather() => _work.Matrix.MatVec(_work.V, _work.Y);
}
