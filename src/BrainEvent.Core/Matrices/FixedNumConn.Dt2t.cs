namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// Every synapse's weight times a value of its pre-synaptic neuron, shaped like the indices
    /// <c>[StorageRows, NConn]</c>: <c>result[r, k] = w[r, k] * y[pre]</c>, where <c>pre</c> is the row of
    /// <c>W</c> that slot <c>(r, k)</c> sits in. For FixedPost that is <c>y[r]</c>, for FixedPre
    /// <c>y[indices[r, k]]</c>: the meaning follows <c>W</c>'s axes, not the storage. A homogeneous matrix
    /// uses its one weight for every slot.
    /// </summary>
    /// <param name="y">One value per pre-synaptic neuron (<see cref="NumPre"/> values).</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> does not have <see cref="NumPre"/> values.</exception>
    public T[,] Dt2t(ReadOnlySpan<T> y)
    {
        ConnValidation.RequireLength(y.Length, NumPre, nameof(y), "NumPre, one value per pre-synaptic neuron, for Dt2t");
        return WeightsTimesNeuronValues(y, byPre: true);
    }

    /// <summary>
    /// Every synapse's weight times a value of its post-synaptic neuron, shaped like the indices
    /// <c>[StorageRows, NConn]</c>: <c>result[r, k] = w[r, k] * y[post]</c>, where <c>post</c> is the column
    /// of <c>W</c> that slot <c>(r, k)</c> sits in. For FixedPost that is <c>y[indices[r, k]]</c>, for
    /// FixedPre <c>y[r]</c>. A homogeneous matrix uses its one weight for every slot.
    /// </summary>
    /// <param name="y">One value per post-synaptic neuron (<see cref="NumPost"/> values).</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> does not have <see cref="NumPost"/> values.</exception>
    public T[,] Dt2tTransposed(ReadOnlySpan<T> y)
    {
        ConnValidation.RequireLength(y.Length, NumPost, nameof(y), "NumPost, one value per post-synaptic neuron, for Dt2tTransposed");
        return WeightsTimesNeuronValues(y, byPre: false);
    }

    /// <summary>
    /// <c>w[r, k] * y[n]</c> with <c>n</c> the slot's neuron on the chosen axis of <c>W</c>: the stored row
    /// when that axis is the stored rows' axis, else the slot's index.
    /// </summary>
    private T[,] WeightsTimesNeuronValues(ReadOnlySpan<T> y, bool byPre)
    {
        var result = new T[StorageRows, NConn];
        var flat = Dense2D.Flat(result);
        var data = Data.Span;
        var indices = Indices.Span;
        bool byStoredRow = byPre == StoredRowsArePre;
        for (int slot = 0; slot < flat.Length; slot++)
        {
            T weight = IsHomogeneous ? data[0] : data[slot];
            flat[slot] = weight * y[byStoredRow ? slot / NConn : indices[slot]];
        }

        return result;
    }
}
