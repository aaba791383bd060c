using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Kernels.Simd;

/// <summary>
/// One stored row (or mirror column) of a gather: <c>sum_k w[k] * x[idx[k]]</c>, with one weight per slot
/// or one for all, using AVX2 hardware gathers and two accumulators (the gather's latency is the limit,
/// not its throughput). A homogeneous weight is multiplied into every term, not factored out of the sum:
/// the cost is the same and NaN and infinity propagate exactly as in the plain loop. The last partial
/// vector uses masked loads and a masked gather, so nothing past the row is read. Lanes are summed in a
/// fixed order: the result depends only on the row.
/// </summary>
internal static unsafe class GatherDot
{
    public static bool IsAccelerated => Avx2.IsSupported && Fma.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dot(float* w, int* idx, float* x, int n)
    {
        if (!IsAccelerated)
        {
            float sum = 0;
            for (int k = 0; k < n; k++)
            {
                sum += w[k] * x[idx[k]];
            }

            return sum;
        }

        var acc0 = Vector256<float>.Zero;
        var acc1 = Vector256<float>.Zero;
        int i = 0;
        for (; i + 16 <= n; i += 16)
        {
            var g0 = Avx2.GatherVector256(x, Avx.LoadVector256(idx + i), 4);
            var g1 = Avx2.GatherVector256(x, Avx.LoadVector256(idx + i + 8), 4);
            acc0 = Fma.MultiplyAdd(Avx.LoadVector256(w + i), g0, acc0);
            acc1 = Fma.MultiplyAdd(Avx.LoadVector256(w + i + 8), g1, acc1);
        }

        if (i + 8 <= n)
        {
            acc0 = Fma.MultiplyAdd(Avx.LoadVector256(w + i), Avx2.GatherVector256(x, Avx.LoadVector256(idx + i), 4), acc0);
            i += 8;
        }

        if (i < n)
        {
            var mask = TailMask.Int32(n - i);
            var g = Avx2.GatherMaskVector256(Vector256<float>.Zero, x, Avx2.MaskLoad(idx + i, mask), mask.AsSingle(), 4);
            acc1 = Fma.MultiplyAdd(Avx.MaskLoad(w + i, mask.AsSingle()), g, acc1);
        }

        return HorizontalSum(acc0 + acc1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float DotBroadcast(float w0, int* idx, float* x, int n)
    {
        if (!IsAccelerated)
        {
            float sum = 0;
            for (int k = 0; k < n; k++)
            {
                sum += w0 * x[idx[k]];
            }

            return sum;
        }

        var w = Vector256.Create(w0);
        var acc0 = Vector256<float>.Zero;
        var acc1 = Vector256<float>.Zero;
        int i = 0;
        for (; i + 16 <= n; i += 16)
        {
            acc0 = Fma.MultiplyAdd(w, Avx2.GatherVector256(x, Avx.LoadVector256(idx + i), 4), acc0);
            acc1 = Fma.MultiplyAdd(w, Avx2.GatherVector256(x, Avx.LoadVector256(idx + i + 8), 4), acc1);
        }

        if (i + 8 <= n)
        {
            acc0 = Fma.MultiplyAdd(w, Avx2.GatherVector256(x, Avx.LoadVector256(idx + i), 4), acc0);
            i += 8;
        }

        if (i < n)
        {
            var mask = TailMask.Int32(n - i);
            var g = Avx2.GatherMaskVector256(Vector256<float>.Zero, x, Avx2.MaskLoad(idx + i, mask), mask.AsSingle(), 4);
            acc1 = Fma.MultiplyAdd(w & mask.AsSingle(), g, acc1);
        }

        return HorizontalSum(acc0 + acc1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(double* w, int* idx, double* x, int n)
    {
        if (!IsAccelerated)
        {
            double sum = 0;
            for (int k = 0; k < n; k++)
            {
                sum += w[k] * x[idx[k]];
            }

            return sum;
        }

        var acc0 = Vector256<double>.Zero;
        var acc1 = Vector256<double>.Zero;
        int i = 0;
        for (; i + 8 <= n; i += 8)
        {
            var g0 = Avx2.GatherVector256(x, Sse2.LoadVector128(idx + i), 8);
            var g1 = Avx2.GatherVector256(x, Sse2.LoadVector128(idx + i + 4), 8);
            acc0 = Fma.MultiplyAdd(Avx.LoadVector256(w + i), g0, acc0);
            acc1 = Fma.MultiplyAdd(Avx.LoadVector256(w + i + 4), g1, acc1);
        }

        if (i + 4 <= n)
        {
            acc0 = Fma.MultiplyAdd(Avx.LoadVector256(w + i), Avx2.GatherVector256(x, Sse2.LoadVector128(idx + i), 8), acc0);
            i += 4;
        }

        if (i < n)
        {
            var mask = TailMask.Int64(n - i);
            var indexMask = TailMask.Int32(n - i).GetLower();
            var g = Avx2.GatherMaskVector256(Vector256<double>.Zero, x, Avx2.MaskLoad(idx + i, indexMask), mask.AsDouble(), 8);
            acc1 = Fma.MultiplyAdd(Avx.MaskLoad(w + i, mask.AsDouble()), g, acc1);
        }

        return HorizontalSum(acc0 + acc1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DotBroadcast(double w0, int* idx, double* x, int n)
    {
        if (!IsAccelerated)
        {
            double sum = 0;
            for (int k = 0; k < n; k++)
            {
                sum += w0 * x[idx[k]];
            }

            return sum;
        }

        var w = Vector256.Create(w0);
        var acc0 = Vector256<double>.Zero;
        var acc1 = Vector256<double>.Zero;
        int i = 0;
        for (; i + 8 <= n; i += 8)
        {
            acc0 = Fma.MultiplyAdd(w, Avx2.GatherVector256(x, Sse2.LoadVector128(idx + i), 8), acc0);
            acc1 = Fma.MultiplyAdd(w, Avx2.GatherVector256(x, Sse2.LoadVector128(idx + i + 4), 8), acc1);
        }

        if (i + 4 <= n)
        {
            acc0 = Fma.MultiplyAdd(w, Avx2.GatherVector256(x, Sse2.LoadVector128(idx + i), 8), acc0);
            i += 4;
        }

        if (i < n)
        {
            var mask = TailMask.Int64(n - i);
            var indexMask = TailMask.Int32(n - i).GetLower();
            var g = Avx2.GatherMaskVector256(Vector256<double>.Zero, x, Avx2.MaskLoad(idx + i, indexMask), mask.AsDouble(), 8);
            acc1 = Fma.MultiplyAdd(w & mask.AsDouble(), g, acc1);
        }

        return HorizontalSum(acc0 + acc1);
    }

    /// <summary>Adds the lanes pairwise in a fixed order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float HorizontalSum(Vector256<float> v)
    {
        var x = v.GetLower() + v.GetUpper();
        x += Vector128.Shuffle(x, Vector128.Create(2, 3, 0, 1));
        return x.ToScalar() + x.GetElement(1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double HorizontalSum(Vector256<double> v)
    {
        var x = v.GetLower() + v.GetUpper();
        return x.ToScalar() + x.GetElement(1);
    }
}
