using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Plasticity;

/// <summary>
/// Active neurons index the stored rows: slots <c>[r * nConn, (r + 1) * nConn)</c> of active row <c>r</c>
/// get <c>trace[indices[slot]]</c>. A row's slots are contiguous, so this is a vector loop of loads,
/// hardware gathers of the trace and stores; the last partial vector is masked, so nothing past the row is touched.
/// </summary>
internal readonly unsafe struct RowUpdate<T>(T* w, int* indices, int nConn, T* trace, WeightBounds<T> bounds) : ISegmentUpdate
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int segment)
    {
        Vectors.Prefetch(w + (long)segment * nConn, nConn);
        Vectors.Prefetch(indices + (long)segment * nConn, nConn);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(int segment)
    {
        int start = segment * nConn;
        T* row = w + start;
        int* idx = indices + start;
        if (!KernelRules.IsAccelerated)
        {
            for (int k = 0; k < nConn; k++)
            {
                row[k] = bounds.Clip(row[k] + trace[idx[k]]);
            }

            return;
        }

        int lanes = Vector256<T>.Count;
        var min = Vector256.Create(bounds.Min);
        var max = Vector256.Create(bounds.Max);
        int i = 0;
        for (; i + lanes <= nConn; i += lanes)
        {
            var sum = Vector256.Load(row + i) + Vectors.Gather(trace, idx + i);
            WeightBounds<T>.Clip(sum, min, max).Store(row + i);
        }

        if (i < nConn)
        {
            var sum = Vectors.LoadPartial(row + i, nConn - i) + Vectors.GatherPartial(trace, idx + i, nConn - i);
            Vectors.StorePartial(row + i, nConn - i, WeightBounds<T>.Clip(sum, min, max));
        }
    }
}
