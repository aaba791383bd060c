using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels.Simd;

/// <summary>
/// One stored row (or mirror column) of a gather: <c>sum_k w[k] * x[idx[k]]</c>, using hardware gathers and
/// two accumulators (the gather's latency is the limit, not its throughput). The last partial vector uses a
/// masked gather and weights that are zero in the unused lanes, so nothing past the row is read. Terms go to
/// the accumulators in a fixed order and the lanes are summed in a fixed order: the result depends only on
/// the row.
/// </summary>
internal static unsafe class GatherDot
{
    /// <summary>The row of <paramref name="n"/> slots whose weights start at <paramref name="start"/> and whose targets are <paramref name="idx"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Dot<T, TWeights>(TWeights weights, int start, int* idx, T* x, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TWeights : struct, IWeightSource<T>
    {
        if (!KernelRules.IsAccelerated)
        {
            T sum = T.Zero;
            for (int k = 0; k < n; k++)
            {
                sum += weights.At(start + k) * x[idx[k]];
            }

            return sum;
        }

        // Counted in whole vectors, so that with a constant n the branches of the odd vector and the partial one
        // fold away and the loop has a constant trip count.
        int lanes = Vector256<T>.Count;
        int vectors = n / lanes;
        var acc0 = Vector256<T>.Zero;
        var acc1 = Vector256<T>.Zero;
        int i = 0;
        for (int pairs = vectors >> 1; pairs > 0; pairs--, i += 2 * lanes)
        {
            var g0 = Vectors.Gather(x, idx + i);
            var g1 = Vectors.Gather(x, idx + i + lanes);
            acc0 = Vectors.MultiplyAdd(weights.Vector(start + i), g0, acc0);
            acc1 = Vectors.MultiplyAdd(weights.Vector(start + i + lanes), g1, acc1);
        }

        if ((vectors & 1) != 0)
        {
            acc0 = Vectors.MultiplyAdd(weights.Vector(start + i), Vectors.Gather(x, idx + i), acc0);
            i += lanes;
        }

        int rest = n - (vectors * lanes);
        if (rest != 0)
        {
            acc1 = Vectors.MultiplyAdd(weights.Partial(start + i, rest), Vectors.GatherPartial(x, idx + i, rest), acc1);
        }

        return Vectors.Sum(acc0 + acc1);
    }
}
