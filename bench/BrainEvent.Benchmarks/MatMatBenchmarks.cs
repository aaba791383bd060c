using BenchmarkDotNet.Attributes;
using BrainEvent.Tests.Reference;

namespace BrainEvent.Benchmarks;

/// <summary>Matrix products with a batch of 128 columns: the plain loop (baseline) against W @ M, M @ W and W @ S.</summary>
public class MatMatBenchmarks
{
    private const int Batch = 128;
    private Workload _work = null!;
    private float[,] _m = null!;
    private float[] _flat = null!;
    private float[,] _left = null!;
    private bool[,] _spikes = null!;
    private float[,] _result = null!;
    private float[,] _leftResult = null!;

    [Params(10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(N, 100, homogeneous: false);
        var random = new Random(7);
        _m = new float[N, Batch];
        _left = new float[Batch, N];
        _spikes = new bool[N, Batch];
        for (int i = 0; i < N; i++)
        {
            for (int b = 0; b < Batch; b++)
            {
                _m[i, b] = (float)random.NextDouble();
                _left[b, i] = _m[i, b];
                _spikes[i, b] = random.NextDouble() < 0.05;
            }
        }

        _flat = _m.Cast<float>().ToArray();
        _result = new float[N, Batch];
        _leftResult = new float[Batch, N];
        _work.Matrix.LeftMatMat(_left, _leftResult); // mirror and pooled buffers outside the measurement
    }

    [Benchmark(Baseline = true, Description = "plain loop, 1 thread")]
    public void Reference() =>
        PlainKernels<float>.Gather(
            _work.Matrix.Data.Span, _work.Indices, 100, new DenseOperand<float>(_flat, Batch), Batch,
            System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref _result[0, 0], _result.Length));

    [Benchmark(Description = "W @ M")]
    public void MatMat() => _work.Matrix.MatMat(_m, _result);

    [Benchmark(Description = "M @ W")]
    public void LeftMatMat() => _work.Matrix.LeftMatMat(_left, _leftResult);

    [Benchmark(Description = "W @ S (events, 5%)")]
    public void EventMatMat() => _work.Matrix.MatMat(_spikes, _result);
}
