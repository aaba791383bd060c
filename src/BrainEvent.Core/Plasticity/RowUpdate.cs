using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Plasticity;

/// <summary>
/// Active neurons index the stored rows: slots <c>[r * nConn, (r + 1) * nConn)</c> of active row <c>r</c>
/// become <c>clip(source[slot] + trace[indices[slot]])</c> in <c>w</c>. A row's slots are contiguous, so this is
/// a vector loop of loads, hardware gathers of the trace and stores; the last partial vector is masked, so
/// nothing past the row is touched. <c>source</c> is <c>w</c> in place; the functional form reads the original
/// values from it because <c>w</c> holds them already clipped.
/// </summary>
internal readonly unsafe struct RowUpdate<T>(T* source, T* w, int* indices, int nConn, T* trace, WeightBounds<T> bounds) : ISegmentUpdate
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int segment)
    {
        Vectors.Prefetch(w + (long)segment * nConn, nConn);
        if (source != w)
        {
            Vectors.Prefetch(source + (long)segment * nConn, nConn);
        }

        Vectors.Prefetch(indices + (long)segment * nConn, nConn);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(int segment)
    {
        int start = segment * nConn;
        T* from = source + start;
        T* row = w + start;
        int* idx = indices + start;
        if (!KernelRules.IsAccelerated)
        {
            for (int k = 0; k < nConn; k++)
            {
                row[k] = bounds.Clip(from[k] + trace[idx[k]]);
            }

            return;
        }

        int lanes = Vector256<T>.Count;
        var min = Vector256.Create(bounds.Min);
        var max = Vector256.Create(bounds.Max);
        int i = 0;
        for (; i + lanes <= nConn; i += lanes)
        {
            var sum = Vector256.Load(from + i) + Vectors.Gather(trace, idx + i);
            WeightBounds<T>.Clip(sum, min, max).Store(row + i);
        }

        if (i < nConn)
        {
            var sum = Vectors.LoadPartial(from + i, nConn - i) + Vectors.GatherPartial(trace, idx + i, nConn - i);
            Vectors.StorePartial(row + i, nConn - i, WeightBounds<T>.Clip(sum, min, max));
        }
    }
}
