using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// What the README promises about constructor arguments, written out independently of the library: which
/// arguments a call must blame, and what a matrix built from valid arguments must hold.
/// </summary>
internal static class ConnReference
{
    public static int StorageRows(FixedNumConnKind kind, (int Rows, int Cols) shape) =>
        kind == FixedNumConnKind.FixedPost ? shape.Rows : shape.Cols;

    public static int IndexBound(FixedNumConnKind kind, (int Rows, int Cols) shape) =>
        kind == FixedNumConnKind.FixedPost ? shape.Cols : shape.Rows;

    public static bool ShapeValid((int Rows, int Cols) shape) => shape.Rows > 0 && shape.Cols > 0;

    /// <summary>Only row-major storage exists, and bit-packing has two axes.</summary>
    public static bool OptionsValid(ConnOptions? options) =>
        options is null || (options.PrimaryLayout == ConnLayout.Row && options.BitpackPackAxis is 0 or 1);

    /// <summary>A mirror asked for at construction needs an indptr of bound + 1 entries in one array.</summary>
    public static bool MirrorRequestFits(ConnOptions? options, int bound) =>
        options?.MaintainDualLayout != true || (long)bound + 1 <= Array.MaxLength;

    public static bool InRange(int[] indices, int bound) => indices.All(i => i >= 0 && i < bound);

    /// <summary>
    /// Checks a built matrix against its arguments: class, shape, row length, the indices as given, the values
    /// (one for all when homogeneous) and, where it fits, <c>ToDense</c> against a dense matrix summed here.
    /// </summary>
    public static void AssertBuilt<T>(FixedNumConn<T> m, FixedNumConnKind kind, (int Rows, int Cols) shape, int nConn, int[] indices, double[] values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(kind, m.Kind);
        Assert.Equal(shape, m.Shape);
        Assert.Equal(nConn, m.NConn);
        Assert.Equal(indices, m.Indices.ToArray());
        var data = m.Data.ToArray().Select(double.CreateChecked).ToArray();
        if (values.Length == 1)
        {
            Assert.All(data, w => Assert.Equal(values[0], w));
        }
        else
        {
            Assert.Equal(values, data);
        }

        if ((long)shape.Rows * shape.Cols <= 1 << 14)
        {
            var expected = DenseReference.Dense(kind, shape.Rows, shape.Cols, nConn, values, indices);
            var dense = m.ToDense();
            for (int i = 0; i < shape.Rows; i++)
            {
                for (int j = 0; j < shape.Cols; j++)
                {
                    Assert.True(expected[i, j] == double.CreateChecked(dense[i, j]), $"ToDense[{i}, {j}] is {dense[i, j]}, expected {expected[i, j]}");
                }
            }
        }
    }
}
