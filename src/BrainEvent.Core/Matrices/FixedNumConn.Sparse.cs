namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// <c>W</c> in compressed sparse row form: rows are the pre-synaptic neurons, and within a row the
    /// entries keep the slot order (stored row, then position in it). Duplicates are kept as separate
    /// entries; a homogeneous matrix keeps its one value (<see cref="CsrMatrix{T}.IsHomogeneous"/>). The
    /// arrays are new. A FixedPre matrix is read through its column mirror (built on first use).
    /// </summary>
    public CsrMatrix<T> ToCsr()
    {
        var (indptr, minor, values) = Compressed(byPre: true);
        return new CsrMatrix<T>(indptr, minor, values, Shape, IsHomogeneous);
    }

    /// <summary>
    /// <c>W</c> in compressed sparse column form: columns are the post-synaptic neurons, and within a
    /// column the entries keep the slot order. Duplicates are kept; a homogeneous matrix keeps its one
    /// value. The arrays are new. A FixedPost matrix is read through its column mirror (built on first use).
    /// </summary>
    public CscMatrix<T> ToCsc()
    {
        var (indptr, minor, values) = Compressed(byPre: false);
        return new CscMatrix<T>(indptr, minor, values, Shape, IsHomogeneous);
    }

    /// <summary>
    /// <c>W</c> in coordinate form, one entry per slot in slot order (row-major over the storage): for
    /// FixedPost <c>(r, indices[r, k])</c>, for FixedPre <c>(indices[r, k], r)</c>. Duplicates are kept; a
    /// homogeneous matrix keeps its one value. The arrays are new.
    /// </summary>
    public CooMatrix<T> ToCoo()
    {
        var indices = Indices.Span;
        var storedRows = new int[Nse];
        for (int slot = 0; slot < storedRows.Length; slot++)
        {
            storedRows[slot] = slot / NConn;
        }

        var (rows, cols) = StoredRowsArePre ? (storedRows, indices.ToArray()) : (indices.ToArray(), storedRows);
        return new CooMatrix<T>(rows, cols, Data.ToArray(), Shape, IsHomogeneous);
    }

    /// <summary>
    /// The slots grouped by pre-synaptic neuron (<paramref name="byPre"/>) or by post-synaptic neuron. When
    /// that axis is the stored rows, the storage already is the compressed form; otherwise the column
    /// mirror is, since it lists each index value's slots in row-major order.
    /// </summary>
    private (int[] Indptr, int[] Minor, T[] Values) Compressed(bool byPre)
    {
        if (byPre == StoredRowsArePre)
        {
            var indptr = new int[StorageRows + 1];
            for (int row = 0; row <= StorageRows; row++)
            {
                indptr[row] = row * NConn;
            }

            return (indptr, Indices.ToArray(), Data.ToArray());
        }

        var mirror = Structure.Mirror;
        return (mirror.Indptr.ToArray(), mirror.RowOfSlot.ToArray(), DataInMirrorOrder.ToArray());
    }
}
