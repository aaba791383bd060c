using BenchmarkDotNet.Attributes;

namespace BrainEvent.Benchmarks;

/// <summary>
/// One plasticity step on the heterogeneous FixedPost workload, n_conn = 100, at 1% and 10% of neurons
/// active, bounds [0, 1]: on pre spikes (a row scan with vector gathers of the post trace) and on post
/// spikes (through the column mirror), in place on a caller's buffer and functional (a new matrix: the
/// values copied, then updated). The baseline is a plain scalar loop over the active rows.
/// </summary>
public class PlasticityBenchmarks
{
    private Workload _work = null!;
    private float[] _weights = null!;
    private float[] _preTrace = null!;
    private float[] _postTrace = null!;

    public static IEnumerable<Size> Sizes => [new(100_000, 100), new(1_000_000, 100)];

    [ParamsSource(nameof(Sizes))]
    public Size Size { get; set; }

    [Params(0.01, 0.1)]
    public double Rate { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.Get(Size.N, Size.NConn, homogeneous: false, Rate);
        _weights = _work.Values.ToArray();
        // Small signed traces, so repeated updates keep the weights inside [0, 1] and clipping rarely bites.
        _preTrace = _work.V.Select(v => (v - 0.5f) * 1e-3f).ToArray();
        _postTrace = _work.V.Reverse().Select(v => (v - 0.5f) * 1e-3f).ToArray();
        _ = _work.Matrix.ColumnMirror; // built outside the measurement
    }

    [Benchmark(Baseline = true, Description = "plain loop, on pre, 1 thread")]
    public void Plain()
    {
        var spikes = _work.Spikes;
        var indices = _work.Indices;
        int nConn = Size.NConn;
        for (int row = 0; row < spikes.Length; row++)
        {
            if (!spikes[row])
            {
                continue;
            }

            for (int slot = row * nConn; slot < (row + 1) * nConn; slot++)
            {
                _weights[slot] = Math.Clamp(_weights[slot] + _postTrace[indices[slot]], 0f, 1f);
            }
        }
    }

    [Benchmark(Description = "on pre, in place (bool)")]
    public void OnPreInPlace() => _work.Matrix.UpdateOnPreInPlace(_weights, _work.Spikes, _postTrace, 0f, 1f);

    [Benchmark(Description = "on pre, in place (BitSpikes)")]
    public void OnPreInPlaceBits() => _work.Matrix.UpdateOnPreInPlace(_weights, _work.Bits, _postTrace, 0f, 1f);

    [Benchmark(Description = "on post, in place (mirror)")]
    public void OnPostInPlace() => _work.Matrix.UpdateOnPostInPlace(_weights, _preTrace, _work.Spikes, 0f, 1f);

    [Benchmark(Description = "on pre, functional")]
    public FixedPostNumConn<float> OnPreFunctional() => _work.Matrix.UpdateOnPre(_work.Spikes, _postTrace, 0f, 1f);

    [Benchmark(Description = "on post, functional (mirror)")]
    public FixedPostNumConn<float> OnPostFunctional() => _work.Matrix.UpdateOnPost(_preTrace, _work.Spikes, 0f, 1f);
}
