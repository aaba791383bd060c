using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BrainEvent.Benchmarks;

/// <summary>
/// One weight transform, <c>min(w * 1.5 + 0.25, 1)</c>, three ways on the same matrix: the plain kernel on
/// weights evaluated beforehand (the baseline: no transform cost), the runtime-fused chain, and the kernel
/// the source generator wrote for <see cref="BenchSynapse"/> (its rows compiled for n_conn 8, 80 and 100). Event
/// products at 1% activity, float MatVec and MatMat with a batch of 128, each against its own baseline.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratedKernelBenchmarks
{
    private const string Events = "spikes @ W, 1%";
    private const string Gather = "W @ v";
    private const string Batch = "W @ M, batch 128";
    private const int BatchSize = 128;

    private Workload _work = null!;
    private FixedPostNumConn<float> _chain = null!;
    private FixedPostNumConn<float> _evaluated = null!;
    private readonly BenchSynapse _synapse = new();
    private float[,] _m = null!;
    private float[,] _result = null!;

    [Params(100_000, 1_000_000)]
    public int N { get; set; }

    [Params(8, 80, 100)]
    public int NConn { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(N, NConn, homogeneous: false);
        _chain = ((_work.Matrix * _synapse.Gain) + 0.25f).Apply(x => MathF.Min(x, 1f));
        _evaluated = _chain.Evaluate();
        _chain.VecMat(_work.Bits, _work.Y);
        _chain.MatVec(_work.V, _work.Y);
        var random = new Random(7);
        _m = new float[N, BatchSize];
        for (int i = 0; i < N; i++)
        {
            for (int b = 0; b < BatchSize; b++)
            {
                _m[i, b] = (float)random.NextDouble();
            }
        }

        _result = new float[N, BatchSize];
        _chain.MatMat(_m, _result);
    }

    [Benchmark(Baseline = true, Description = "plain kernel, weights evaluated before")]
    [BenchmarkCategory(Events)]
    public void PlainEvent() => _evaluated.VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "runtime-fused chain")]
    [BenchmarkCategory(Events)]
    public void FusedEvent() => _chain.VecMat(_work.Bits, _work.Y);

    [Benchmark(Description = "generated kernel")]
    [BenchmarkCategory(Events)]
    public void GeneratedEvent() => _synapse.VecMat(_work.Matrix, _work.Bits, _work.Y);

    [Benchmark(Baseline = true, Description = "plain kernel, weights evaluated before")]
    [BenchmarkCategory(Gather)]
    public void PlainMatVec() => _evaluated.MatVec(_work.V, _work.Y);

    [Benchmark(Description = "runtime-fused chain")]
    [BenchmarkCategory(Gather)]
    public void FusedMatVec() => _chain.MatVec(_work.V, _work.Y);

    [Benchmark(Description = "generated kernel")]
    [BenchmarkCategory(Gather)]
    public void GeneratedMatVec() => _synapse.MatVec(_work.Matrix, _work.V, _work.Y);

    [Benchmark(Baseline = true, Description = "plain kernel, weights evaluated before")]
    [BenchmarkCategory(Batch)]
    public void PlainMatMat() => _evaluated.MatMat(_m, _result);

    [Benchmark(Description = "runtime-fused chain")]
    [BenchmarkCategory(Batch)]
    public void FusedMatMat() => _chain.MatMat(_m, _result);

    [Benchmark(Description = "generated kernel")]
    [BenchmarkCategory(Batch)]
    public void GeneratedMatMat() => _synapse.MatMat(_work.Matrix, _m, _result);
}

/// <summary>The synapse model whose kernels the generator writes for the benchmark.</summary>
[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8, 80, 100 })]
public partial class BenchSynapse
{
    /// <summary>The weight gain.</summary>
    public float Gain { get; init; } = 1.5f;

    [WeightTransform]
    private float Weight(float w) => MathF.Min(w * Gain + 0.25f, 1f);
}
