using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// The matrix of a <see cref="ProductArguments"/> case (values small multiples of 0.5, a lazy <c>w * 2</c>
/// when asked), its dense reference, operands drawn from the same stream, and weights for compiled handles.
/// </summary>
internal sealed class ProductCase<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Random _random;

    public ProductCase(ProductArguments a)
    {
        _random = new Random(a.Seed);
        var shape = (a.Rows, a.Cols);
        int rows = ConnReference.StorageRows(a.Kind, shape), bound = ConnReference.IndexBound(a.Kind, shape);
        var indices = Enumerable.Range(0, rows * a.NConn).Select(_ => _random.Next(bound)).ToArray();
        var values = Values(a.Homogeneous ? 1 : indices.Length);
        W = Chain(Create(a.Kind, values, indices, a.NConn, shape), a.Lazy);
        Dense = Reference(a.Kind, shape, a.NConn, values, indices, a.Lazy);

        // For compiled handles: the same structure with other values, and a structure one column (or row) wider.
        var otherValues = Values(values.Length);
        SameStructure = Chain(Create(a.Kind, otherValues, indices, a.NConn, shape), a.Lazy);
        SameStructureDense = Reference(a.Kind, shape, a.NConn, otherValues, indices, a.Lazy);
        var wider = a.Kind == FixedNumConnKind.FixedPost ? (a.Rows, a.Cols + 1) : (a.Rows + 1, a.Cols);
        OtherStructure = Chain(Create(a.Kind, otherValues, indices, a.NConn, wider), a.Lazy);
    }

    public FixedNumConn<T> W { get; }

    public double[,] Dense { get; }

    public FixedNumConn<T> SameStructure { get; }

    public double[,] SameStructureDense { get; }

    public FixedNumConn<T> OtherStructure { get; }

    /// <summary>Values from {-2, -1.5, ..., 2}: products and sums of a few of them are exact in float.</summary>
    public double[] Values(int n) => Enumerable.Range(0, n).Select(_ => _random.Next(-4, 5) * 0.5).ToArray();

    public double[] Spikes(int n) => Enumerable.Range(0, n).Select(_ => (double)_random.Next(2)).ToArray();

    public static double[] Times(double[,] m, double[] v) =>
        Enumerable.Range(0, m.GetLength(0)).Select(i => Enumerable.Range(0, m.GetLength(1)).Sum(j => m[i, j] * v[j])).ToArray();

    public static double[] Times(double[] v, double[,] m) =>
        Enumerable.Range(0, m.GetLength(1)).Select(j => Enumerable.Range(0, m.GetLength(0)).Sum(i => v[i] * m[i, j])).ToArray();

    private static FixedNumConn<T> Create(FixedNumConnKind kind, double[] values, int[] indices, int nConn, (int, int) shape)
    {
        var data = values.Select(T.CreateChecked).ToArray();
        return kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<T>(data, indices, nConn, shape)
            : new FixedPreNumConn<T>(data, indices, nConn, shape);
    }

    private static FixedNumConn<T> Chain(FixedNumConn<T> w, bool lazy)
    {
        T two = T.CreateChecked(2);
        return !lazy ? w : w switch
        {
            FixedPostNumConn<T> post => post * two,
            FixedPreNumConn<T> pre => pre * two,
            _ => throw new ArgumentOutOfRangeException(nameof(w)),
        };
    }

    private static double[,] Reference(FixedNumConnKind kind, (int Rows, int Cols) shape, int nConn, double[] values, int[] indices, bool lazy) =>
        DenseReference.Dense(kind, shape.Rows, shape.Cols, nConn, values.Select(v => lazy ? 2 * v : v).ToArray(), indices);
}
