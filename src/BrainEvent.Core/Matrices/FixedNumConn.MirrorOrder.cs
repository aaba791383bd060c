using BrainEvent.Graph;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// The values in column-mirror order: position <c>p</c> holds <c>Data[ColumnMirror.Perm[p]]</c>, so kernels
    /// that walk the mirror (source-generated ones among them) read weights sequentially instead of one random
    /// access per slot. Built on first use and kept with the stored values (a lazy matrix computes its values,
    /// then orders them, on each access); a homogeneous matrix returns its one value.
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
