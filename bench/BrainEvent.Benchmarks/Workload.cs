using MathNet.Numerics.LinearAlgebra.Single;
using MathNet.Numerics.LinearAlgebra.Storage;

namespace BrainEvent.Benchmarks;

/// <summary>
/// A random N x N FixedPostNumConn&lt;float&gt; from the library's builder (distinct targets drawn
/// uniformly, sorted within each row; weights uniform in [0, 1) or one homogeneous 0.5), with operands.
/// Built once per parameter set; the seed is fixed.
/// </summary>
public sealed class Workload
{
    private static Workload? _last;

    private Workload(int n, int nConn, bool homogeneous, double spikeRate)
    {
        N = n;
        NConn = nConn;
        Homogeneous = homogeneous;
        SpikeRate = spikeRate;
        var random = new Random(42);
        Matrix = homogeneous
            ? FixedPostNumConn<float>.Random(n, n, nConn, 0.5f, seed: 42)
            : FixedPostNumConn<float>.Random(n, n, nConn, WeightInit.Uniform(0, 1), seed: 42);
        Indices = ArrayOf(Matrix.Indices);
        Values = ArrayOf(Matrix.Data);
        V = Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray();
        Y = new float[n];
        Spikes = Enumerable.Range(0, n).Select(_ => random.NextDouble() < spikeRate).ToArray();
        Bits = BitSpikes.FromBools(Spikes);
    }

    /// <summary>The workload of these parameters: the one the previous benchmark used when they match.</summary>
    public static Workload Get(int n, int nConn, bool homogeneous, double spikeRate = 0.01)
    {
        var last = _last;
        if (last is not null && last.N == n && last.NConn == nConn && last.Homogeneous == homogeneous && last.SpikeRate == spikeRate)
        {
            return last;
        }

        _last = null; // let the previous workload go before building the next
        return _last = new Workload(n, nConn, homogeneous, spikeRate);
    }

    public int N { get; }

    public bool Homogeneous { get; }

    public double SpikeRate { get; }

    public int NConn { get; }

    public int[] Indices { get; }

    public float[] Values { get; }

    public FixedPostNumConn<float> Matrix { get; }

    public float[] V { get; }

    public float[] Y { get; }

    public bool[] Spikes { get; }

    public BitSpikes Bits { get; }

    /// <summary>The array behind a matrix buffer (the builder's buffers are whole arrays).</summary>
    private static TItem[] ArrayOf<TItem>(ReadOnlyMemory<TItem> memory) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(memory, out var segment) && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();

    /// <summary>The same non-zeros as a MathNet CSR matrix (duplicates in a row summed, as CSR requires).</summary>
    public SparseMatrix ToMathNet()
    {
        var rowPointers = new int[N + 1];
        var columns = new List<int>(Indices.Length);
        var values = new List<float>(Indices.Length);
        var data = Matrix.Data.Span;
        for (int row = 0; row < N; row++)
        {
            rowPointers[row] = columns.Count;
            for (int k = 0; k < NConn; k++)
            {
                int slot = row * NConn + k;
                float w = data.Length == 1 ? data[0] : data[slot];
                if (k > 0 && Indices[slot] == Indices[slot - 1])
                {
                    values[^1] += w;
                }
                else
                {
                    columns.Add(Indices[slot]);
                    values.Add(w);
                }
            }
        }

        rowPointers[N] = columns.Count;
        return new SparseMatrix(SparseCompressedRowMatrixStorage<float>.OfCompressedSparseRowFormat(
            N, N, columns.Count, rowPointers, columns.ToArray(), values.ToArray()));
    }
}
