using BenchmarkDotNet.Attributes;
using BrainEvent.Tests.Reference;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Single;

namespace BrainEvent.Benchmarks;

/// <summary>
/// <c>W @ v</c> (gather) and <c>v @ W</c> (scatter) against the single-threaded plain loop (the baseline),
/// MathNet's CSR product with the same non-zeros, and a two-thread streaming read of data + indices.
/// 1e6 x 1000 is left out: 8 GB of structure.
/// </summary>
public class VectorProductBenchmarks
{
    private Workload _work = null!;
    private SparseMatrix _csr = null!;
    private Vector<float> _csrIn = null!;
    private Vector<float> _csrOut = null!;

    public static IEnumerable<Size> Sizes =>
    [
        new(10_000, 10), new(10_000, 100), new(10_000, 1000),
        new(100_000, 10), new(100_000, 100), new(100_000, 1000),
        new(1_000_000, 10), new(1_000_000, 100),
    ];

    [ParamsSource(nameof(Sizes))]
    public Size Size { get; set; }

    [Params(false, true)]
    public bool Homogeneous { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(Size.N, Size.NConn, Homogeneous);
        _work.Matrix.VecMat(_work.V, _work.Y); // builds the column mirror outside the measurement
    }

    [GlobalSetup(Target = nameof(MathNetCsr))]
    public void SetupMathNet()
    {
        _work = Workload.Get(Size.N, Size.NConn, Homogeneous);
        _csr = _work.ToMathNet();
        _csrIn = DenseVector.OfArray(_work.V);
        _csrOut = new DenseVector(Size.N);
    }

    [Benchmark(Baseline = true, Description = "plain loop, 1 thread")]
    public void Reference() =>
        PlainKernels<float>.Gather(
            _work.Matrix.Data.Span, _work.Indices, Size.NConn, new DenseOperand<float>(_work.V, 1), 1, _work.Y);

    [Benchmark(Description = "W @ v (gather)")]
    public void Gather() => _work.Matrix.MatVec(_work.V, _work.Y);

    [Benchmark(Description = "v @ W (scatter)")]
    public void Scatter() => _work.Matrix.VecMat(_work.V, _work.Y);

    [Benchmark(Description = "MathNet CSR")]
    public void MathNetCsr() => _csr.Multiply(_csrIn, _csrOut);

    [Benchmark(Description = "stream read")]
    public float Stream() => StreamRead.Sum(Homogeneous ? null : _work.Values, _work.Indices);
}
