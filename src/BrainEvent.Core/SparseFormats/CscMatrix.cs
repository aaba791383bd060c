using System.Numerics;

namespace BrainEvent;

/// <summary>
/// A matrix in compressed sparse column form, as <see cref="FixedNumConn{T}.ToCsc"/> gives it: the entries
/// of column <c>j</c> are positions <c>[Indptr[j], Indptr[j + 1])</c> of <see cref="RowIndices"/> and
/// <see cref="Data"/>, in the matrix's slot order. Duplicate entries are kept, not merged: they add up in
/// <see cref="ToDense"/>.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <param name="Indptr">Column starts: <c>Shape.Cols + 1</c> non-decreasing offsets from 0 to the number of entries.</param>
/// <param name="RowIndices">The row of each entry.</param>
/// <param name="Data">The value of each entry, or one value for all when <paramref name="IsHomogeneous"/>.</param>
/// <param name="Shape">The dense shape <c>(rows, cols)</c>.</param>
/// <param name="IsHomogeneous">Whether <paramref name="Data"/> holds one value shared by every entry.</param>
public sealed record CscMatrix<T>(int[] Indptr, int[] RowIndices, T[] Data, (int Rows, int Cols) Shape, bool IsHomogeneous)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The number of stored entries, duplicates counted.</summary>
    public int Nse => RowIndices.Length;

    /// <summary>The dense matrix of shape <see cref="Shape"/>; duplicate entries accumulate.</summary>
    public T[,] ToDense() => CompressedToDense.Build(Indptr, RowIndices, Data, IsHomogeneous, Shape, majorIsRow: false);
}
