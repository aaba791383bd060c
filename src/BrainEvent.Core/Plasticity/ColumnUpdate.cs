using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Plasticity;

/// <summary>
/// Active neurons index the stored columns: through the mirror, active column <c>c</c>'s slots
/// <c>perm[indptr[c]..indptr[c + 1]]</c> become <c>clip(source[slot] + trace[row of slot])</c> in <c>w</c>. A
/// column's slots are scattered through the values, so this is a scalar loop, and the prefetch asks for every
/// slot and trace entry it will touch. <c>source</c> is <c>w</c> in place, as in <see cref="RowUpdate{T}"/>.
/// </summary>
internal readonly unsafe struct ColumnUpdate<T>(T* source, T* w, int* indptr, int* perm, int* rowOfSlot, T* trace, WeightBounds<T> bounds) : ISegmentUpdate
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int segment)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        for (int p = indptr[segment], end = indptr[segment + 1]; p < end; p++)
        {
            Sse.Prefetch0(w + perm[p]);
            if (source != w)
            {
                Sse.Prefetch0(source + perm[p]);
            }

            Sse.Prefetch0(trace + rowOfSlot[p]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(int segment)
    {
        for (int p = indptr[segment], end = indptr[segment + 1]; p < end; p++)
        {
            int slot = perm[p];
            w[slot] = bounds.Clip(source[slot] + trace[rowOfSlot[p]]);
        }
    }
}
