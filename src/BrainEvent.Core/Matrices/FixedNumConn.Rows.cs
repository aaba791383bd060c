namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// Row <paramref name="row"/> of the dense matrix <c>W</c>: <see cref="NumPost"/> values, duplicate
    /// indices accumulated. A negative index counts from the end (<c>-1</c> is the last row). A FixedPost
    /// matrix reads one stored row; a FixedPre matrix gathers the slots whose index is <paramref name="row"/>
    /// through the column mirror (built on first use). A lazy matrix computes its values on each call.
    /// </summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="row"/> is not in <c>[-NumPre, NumPre)</c>.</exception>
    public T[] this[int row]
    {
        get
        {
            int resolved = ResolveRow(row)
                ?? throw new IndexOutOfRangeException($"row must lie in [-{NumPre}, {NumPre}) (NumPre, the rows of W); got {row}.");
            var dense = new T[NumPost];
            var data = Data.Span;
            if (StoredRowsArePre)
            {
                var indices = Indices.Span;
                for (int slot = resolved * NConn; slot < (resolved + 1) * NConn; slot++)
                {
                    dense[indices[slot]] += IsHomogeneous ? data[0] : data[slot];
                }
            }
            else
            {
                // The mirror lists the slots of index `resolved` in row-major order, so duplicates add up in
                // the same order as in ToDense.
                var mirror = Structure.Mirror;
                for (int p = mirror.Indptr[resolved]; p < mirror.Indptr[resolved + 1]; p++)
                {
                    dense[mirror.RowOfSlot[p]] += IsHomogeneous ? data[0] : data[mirror.Perm[p]];
                }
            }

            return dense;
        }
    }

    /// <summary>A row of <c>W</c> with negative values counted from the end, or null when out of range.</summary>
    internal int? ResolveRow(int row)
    {
        int resolved = row < 0 ? row + NumPre : row;
        return (uint)resolved < (uint)NumPre ? resolved : null;
    }
}
