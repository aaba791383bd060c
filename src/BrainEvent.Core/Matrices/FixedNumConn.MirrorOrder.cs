using BrainEvent.Graph;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// The values in column-mirror order: position <c>p</c> holds <c>Data[ColumnMirror.Perm[p]]</c>, the copy the
    /// products that walk the mirror read, so they read weights sequentially instead of one random access per
    /// slot. It costs <see cref="Nse"/> more values; it is built on first use and kept with the value buffer, so
    /// the transpose and element-wise chains over the buffer share it while <c>WithData</c> values get their own
    /// (a lazy matrix computes its values, then orders them, on each access). A homogeneous matrix returns its one value.
    /// </summary>
    public ReadOnlyMemory<T> DataInMirrorOrder
    {
        get
        {
            var buffer = Values as BufferLeaf<T> ?? new BufferLeaf<T>(Data, IsHomogeneous);
            return buffer.InMirrorOrder(Structure.Mirror);
        }
    }
}
