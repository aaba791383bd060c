using BenchmarkDotNet.Attributes;
using BrainEvent.Tests.Reference;

namespace BrainEvent.Benchmarks;

/// <summary>
/// The simulation step with a weight transform: <c>spikes @ Apply(min(w * gain + bias, 1))</c> at 1% of
/// 1e6 neurons firing, 100 connections each. The plain kernel on the stored weights (no chain) is the
/// baseline; the fused chain should stay close to it, and beat materialising the chain first.
/// </summary>
public class FusionBenchmarks
{
    private Workload _work = null!;
    private FixedPostNumConn<float> _chain = null!;
    private CompiledProduct<float> _step = null!;
    private readonly float _gain = 1.5f;

    [Params(false, true)]
    public bool Homogeneous { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(1_000_000, 100, Homogeneous);
        _chain = Chain();
        _step = _chain.CompileVecMat();
        _chain.VecMat(_work.Bits, _work.Y); // compiles outside the measurement
    }

    [Benchmark(Baseline = true, Description = "plain kernel, no chain")]
    public void Plain() => _work.Matrix.VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "fused chain")]
    public void Fused() => _chain.VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "fused, CompileVecMat handle")]
    public void Handle() => _step.Invoke(_work.Bits, _work.Y);

    [Benchmark(Description = "chain rebuilt, then fused")]
    public void Rebuilt() => Chain().VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "Evaluate(), then kernel")]
    public void Materialised() => _chain.Evaluate().VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "plain event loop on evaluated values")]
    public void Reference() =>
        PlainKernels<float>.Scatter(_chain.Evaluate().Data.Span, _work.Indices, 100, new EventOperand<float>(_work.Spikes, 1), 1, _work.Y);

    private FixedPostNumConn<float> Chain() => ((_work.Matrix * _gain) + 0.25f).Apply(x => MathF.Min(x, 1f));
}
