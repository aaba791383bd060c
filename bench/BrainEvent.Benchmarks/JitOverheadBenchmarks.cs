using BenchmarkDotNet.Attributes;

namespace BrainEvent.Benchmarks;

/// <summary>
/// What the runtime compiler costs on its own: compiling a chain of a new structure (the first call),
/// and the dispatch of a cached call on a matrix so small that the product itself is nearly free.
/// </summary>
public class JitOverheadBenchmarks
{
    private FixedPostNumConn<float> _tiny = null!;
    private FixedPostNumConn<float> _chain = null!;
    private CompiledProduct<float> _step = null!;
    private float[] _v = null!;
    private float[] _y = null!;
    private float[] _yPost = null!;
    private BitSpikes _spikes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tiny = new FixedPostNumConn<float>(new float[] { 0.5f, 0.25f }, new[] { 0, 1 }, 2, (1, 2));
        _chain = (_tiny * 2f).Apply(x => MathF.Max(x, 0.1f));
        _step = _chain.CompileVecMat();
        _v = [1f, 2f];
        _y = new float[1];
        _yPost = new float[2];
        _spikes = BitSpikes.FromBools([true]);
        _chain.MatVec(_v, _y);
        _step.Invoke(_spikes, _yPost);
    }

    [IterationSetup(Target = nameof(CompileNewChain))]
    public void ForgetKernels() => BrainEventJit.ClearCache();

    [Benchmark(Description = "first call: compile a new chain")]
    [InvocationCount(1, unrollFactor: 1)]
    public void CompileNewChain() => _chain.MatVec(_v, _y);

    [Benchmark(Baseline = true, Description = "plain kernel, tiny matrix")]
    public void Plain() => _tiny.MatVec(_v, _y);

    [Benchmark(Description = "cached fused call, tiny matrix")]
    public void Cached() => _chain.MatVec(_v, _y);

    [Benchmark(Description = "CompileVecMat handle, tiny matrix")]
    public void Handle() => _step.Invoke(_spikes, _yPost);
}
