using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Kernels.Simd;

/// <summary>
/// One stored row (or mirror column) of a gather: <c>sum_k w[k] * x[idx[k]]</c>, with one weight per slot
/// or one for all, using hardware gathers and two accumulators (the gather's latency is the limit, not
/// its throughput). A homogeneous weight is multiplied into every term, not factored out of the sum: the
/// cost is the same and NaN and infinity propagate exactly as in the plain loop. The last partial vector
/// uses masked loads and a masked gather, so nothing past the row is read. Terms go to the accumulators in
/// a fixed order and the lanes are summed in a fixed order: the result depends only on the row.
/// </summary>
internal static unsafe class GatherDot
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Dot<T>(T* w, bool broadcast, int* idx, T* x, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!Vectors.IsAccelerated)
        {
            T sum = T.Zero;
            for (int k = 0; k < n; k++)
            {
                sum += w[broadcast ? 0 : k] * x[idx[k]];
            }

            return sum;
        }

        int lanes = Vector256<T>.Count;
        var w0 = broadcast ? Vector256.Create(*w) : default;
        var acc0 = Vector256<T>.Zero;
        var acc1 = Vector256<T>.Zero;
        int i = 0;
        for (; i + 2 * lanes <= n; i += 2 * lanes)
        {
            var g0 = Vectors.Gather(x, idx + i);
            var g1 = Vectors.Gather(x, idx + i + lanes);
            acc0 = Vectors.MultiplyAdd(broadcast ? w0 : Vector256.Load(w + i), g0, acc0);
            acc1 = Vectors.MultiplyAdd(broadcast ? w0 : Vector256.Load(w + i + lanes), g1, acc1);
        }

        if (i + lanes <= n)
        {
            acc0 = Vectors.MultiplyAdd(broadcast ? w0 : Vector256.Load(w + i), Vectors.Gather(x, idx + i), acc0);
            i += lanes;
        }

        if (i < n)
        {
            // Masked lanes must add exactly zero: an infinite homogeneous weight times a zero lane would be NaN.
            var weights = broadcast ? w0 & Vectors.FirstLanes<T>(n - i) : Vectors.LoadPartial(w + i, n - i);
            acc1 = Vectors.MultiplyAdd(weights, Vectors.GatherPartial(x, idx + i, n - i), acc1);
        }

        return Vectors.Sum(acc0 + acc1);
    }
}
