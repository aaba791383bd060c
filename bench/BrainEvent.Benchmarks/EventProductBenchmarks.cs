using BenchmarkDotNet.Attributes;
using BrainEvent.Tests.Reference;

namespace BrainEvent.Benchmarks;

/// <summary>
/// <c>spikes @ W</c>, the simulation step, at 1% and 10% of neurons active: the plain event loop (the
/// baseline), the library with bool and bit-packed spikes, the mirror-based <c>W @ spikes</c>, and the
/// float scatter <c>v @ W</c> of the same matrix that an event product saves.
/// </summary>
public class EventProductBenchmarks
{
    private Workload _work = null!;

    public static IEnumerable<Size> Sizes =>
    [
        new(10_000, 100), new(100_000, 100), new(100_000, 1000), new(1_000_000, 10), new(1_000_000, 100),
    ];

    [ParamsSource(nameof(Sizes))]
    public Size Size { get; set; }

    [Params(0.01, 0.1)]
    public double Rate { get; set; }

    [Params(false, true)]
    public bool Homogeneous { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(Size.N, Size.NConn, Homogeneous, Rate);
        _work.Matrix.MatVec(_work.Bits, _work.Y); // builds the column mirror outside the measurement
    }

    [Benchmark(Baseline = true, Description = "plain event loop, 1 thread")]
    public void Reference() =>
        PlainKernels<float>.Scatter(
            _work.Matrix.Data.Span, _work.Indices, Size.NConn, new EventOperand<float>(_work.Spikes, 1), 1, _work.Y);

    [Benchmark(Description = "spikes @ W (bool)")]
    public void EventBool() => _work.Matrix.VecMat(_work.Spikes, _work.Y);

    [Benchmark(Description = "spikes @ W (BitSpikes)")]
    public void EventBits() => _work.Matrix.VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "W @ spikes (mirror)")]
    public void EventMirror() => _work.Matrix.MatVec(_work.Bits, _work.Y);

    [Benchmark(Description = "v @ W (float scatter)")]
    public void FloatScatter() => _work.Matrix.VecMat(_work.V, _work.Y);
}
