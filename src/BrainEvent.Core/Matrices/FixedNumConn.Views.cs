using BrainEvent.Graph;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// Whether the stored rows are W's rows (the pre-synaptic neurons, FixedPost) rather than its columns
    /// (FixedPre): slot <c>(r, k)</c> is <c>W[r, indices[r, k]]</c> in the first case and
    /// <c>W[indices[r, k], r]</c> in the second.
    /// </summary>
    internal bool StoredRowsArePre => Kind == FixedNumConnKind.FixedPost;

    /// <summary>The transpose as the other class, for code written against the base class (O(1), lazy values kept).</summary>
    internal FixedNumConn<T> TransposeView() =>
        StoredRowsArePre ? FixedPreNumConn<T>.FromParts(Transposed()) : FixedPostNumConn<T>.FromParts(Transposed());

    /// <summary>
    /// This structure with <paramref name="values"/> (used as given) in the layout of <see cref="Data"/>:
    /// <see cref="Nse"/> values, or one when this matrix is homogeneous.
    /// </summary>
    internal FixedNumConn<T> WithValuesOf(ReadOnlyMemory<T> values)
    {
        var parts = Parts(new BufferLeaf<T>(values, IsHomogeneous));
        return StoredRowsArePre ? FixedPostNumConn<T>.FromParts(parts) : FixedPreNumConn<T>.FromParts(parts);
    }

    /// <summary>The number of values in <see cref="Data"/>: one when homogeneous, else <see cref="Nse"/>.</summary>
    internal int DataLength => IsHomogeneous ? 1 : Nse;
}
