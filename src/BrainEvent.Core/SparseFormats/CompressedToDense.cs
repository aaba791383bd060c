using System.Numerics;

namespace BrainEvent;

/// <summary>The dense form of a compressed (CSR or CSC) matrix, shared by both records.</summary>
internal static class CompressedToDense
{
    /// <summary>
    /// Adds every entry of major line <c>m</c> (a row when <paramref name="majorIsRow"/>, else a column) at
    /// <c>(m, minor[p])</c> or <c>(minor[p], m)</c>.
    /// </summary>
    public static T[,] Build<T>(int[] indptr, int[] minor, T[] data, bool homogeneous, (int Rows, int Cols) shape, bool majorIsRow)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var dense = new T[shape.Rows, shape.Cols];
        for (int major = 0; major < indptr.Length - 1; major++)
        {
            for (int p = indptr[major]; p < indptr[major + 1]; p++)
            {
                T value = homogeneous ? data[0] : data[p];
                if (majorIsRow)
                {
                    dense[major, minor[p]] += value;
                }
                else
                {
                    dense[minor[p], major] += value;
                }
            }
        }

        return dense;
    }
}
