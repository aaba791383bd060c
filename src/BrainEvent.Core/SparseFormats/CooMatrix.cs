using System.Numerics;

namespace BrainEvent;

/// <summary>
/// A matrix in coordinate form, as <see cref="FixedNumConn{T}.ToCoo"/> gives it: entry <c>e</c> adds
/// <c>Data[e]</c> at <c>(RowIndices[e], ColumnIndices[e])</c>. Duplicate entries are kept, not merged: they
/// add up in <see cref="ToDense"/>.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <param name="RowIndices">The row of each entry.</param>
/// <param name="ColumnIndices">The column of each entry.</param>
/// <param name="Data">The value of each entry, or one value for all when <paramref name="IsHomogeneous"/>.</param>
/// <param name="Shape">The dense shape <c>(rows, cols)</c>.</param>
/// <param name="IsHomogeneous">Whether <paramref name="Data"/> holds one value shared by every entry.</param>
public sealed record CooMatrix<T>(int[] RowIndices, int[] ColumnIndices, T[] Data, (int Rows, int Cols) Shape, bool IsHomogeneous)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The number of stored entries, duplicates counted.</summary>
    public int Nse => RowIndices.Length;

    /// <summary>The dense matrix of shape <see cref="Shape"/>; duplicate entries accumulate.</summary>
    public T[,] ToDense()
    {
        var dense = new T[Shape.Rows, Shape.Cols];
        for (int e = 0; e < RowIndices.Length; e++)
        {
            dense[RowIndices[e], ColumnIndices[e]] += IsHomogeneous ? Data[0] : Data[e];
        }

        return dense;
    }
}
