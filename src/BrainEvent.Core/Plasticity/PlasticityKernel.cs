using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Plasticity;

/// <summary>
/// The spike-triggered weight update: every slot of an active neuron gets the trace of the neuron at its
/// other end added, then is clipped. Each slot lies in exactly one stored row and one mirror column, so one
/// call touches a slot at most once: the result does not depend on the order slots are visited, and
/// duplicate slots (the same pair twice) are updated independently. Only active neurons' slots are read,
/// so the cost grows with the number of spikes, not with Nse.
/// </summary>
internal static unsafe class PlasticityKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>
    /// Active neurons index the stored rows: slots <c>[r * nConn, (r + 1) * nConn)</c> of each active row
    /// <c>r</c> get <c>trace[indices[slot]]</c>. A row's slots are contiguous, so this is a vector loop of
    /// loads, hardware gathers of the trace and stores.
    /// </summary>
    public static void UpdateRows<TSource>(T* w, int* indices, int nConn, TSource active, T* trace, WeightBounds<T> bounds)
        where TSource : struct, IActiveSource
    {
        var cursor = new ActiveCursor<TSource>(active);
        for (int row = cursor.Next(); row >= 0; row = cursor.Next())
        {
            int start = row * nConn;
            if (Vectors.IsAccelerated)
            {
                AddRowVectorised(w + start, indices + start, trace, nConn, bounds);
            }
            else
            {
                for (int k = start; k < start + nConn; k++)
                {
                    w[k] = bounds.Clip(w[k] + trace[indices[k]]);
                }
            }
        }
    }

    /// <summary>
    /// Active neurons index the stored columns: through the mirror, each active column <c>c</c>'s slots
    /// <c>perm[indptr[c]..indptr[c + 1]]</c> get the trace of their stored row. The slots of a column are
    /// scattered through the values, so this is a scalar loop.
    /// </summary>
    public static void UpdateColumns<TSource>(T* w, int* indptr, int* perm, int* rowOfSlot, TSource active, T* trace, WeightBounds<T> bounds)
        where TSource : struct, IActiveSource
    {
        var cursor = new ActiveCursor<TSource>(active);
        for (int column = cursor.Next(); column >= 0; column = cursor.Next())
        {
            for (int p = indptr[column], end = indptr[column + 1]; p < end; p++)
            {
                int slot = perm[p];
                w[slot] = bounds.Clip(w[slot] + trace[rowOfSlot[p]]);
            }
        }
    }

    /// <summary>One row: full vectors, then the last partial one with masked loads, gather and store (nothing past the row is touched).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRowVectorised(T* w, int* idx, T* trace, int n, WeightBounds<T> bounds)
    {
        int lanes = Vector256<T>.Count;
        var min = Vector256.Create(bounds.Min);
        var max = Vector256.Create(bounds.Max);
        int k = 0;
        for (; k + lanes <= n; k += lanes)
        {
            var sum = Vector256.Load(w + k) + Vectors.Gather(trace, idx + k);
            WeightBounds<T>.Clip(sum, min, max).Store(w + k);
        }

        if (k < n)
        {
            var sum = Vectors.LoadPartial(w + k, n - k) + Vectors.GatherPartial(trace, idx + k, n - k);
            Vectors.StorePartial(w + k, n - k, WeightBounds<T>.Clip(sum, min, max));
        }
    }
}
