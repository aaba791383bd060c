using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels;

/// <summary>
/// Building blocks for kernels compiled outside the library: source-generated kernels and the runtime
/// compiler. Each gather pins its source for the one instruction, so callers need no unsafe code.
/// Indices are not checked: pass only indices of a constructed matrix (checked once, at construction) or
/// of its column mirror.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static unsafe class KernelPrimitives
{
    /// <summary>Whether the gathers below are single hardware instructions (AVX2); otherwise they load lane by lane.</summary>
    public static bool IsGatherAccelerated => Avx2.IsSupported;

    /// <summary><c>source[indices[i]]</c> for 8 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Gather(ReadOnlySpan<float> source, Vector256<int> indices)
    {
        fixed (float* p = source)
        {
            if (Avx2.IsSupported)
            {
                return Avx2.GatherVector256(p, indices, 4);
            }

            return Vector256.Create(
                p[indices[0]], p[indices[1]], p[indices[2]], p[indices[3]],
                p[indices[4]], p[indices[5]], p[indices[6]], p[indices[7]]);
        }
    }

    /// <summary><c>source[indices[i]]</c> for 4 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Gather(ReadOnlySpan<double> source, Vector128<int> indices)
    {
        fixed (double* p = source)
        {
            if (Avx2.IsSupported)
            {
                return Avx2.GatherVector256(p, indices, 8);
            }

            return Vector256.Create(p[indices[0]], p[indices[1]], p[indices[2]], p[indices[3]]);
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> (0 to 8) of <c>source[indices[start + i]]</c>, zero in the other
    /// lanes; nothing past <c>start + count</c> is read from either span.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> GatherPartial(ReadOnlySpan<float> source, ReadOnlySpan<int> indices, int start, int count)
    {
        fixed (float* p = source)
        fixed (int* i = indices)
        {
            if (Avx2.IsSupported)
            {
                var mask = TailMask.Int32(count);
                return Avx2.GatherMaskVector256(Vector256<float>.Zero, p, Avx2.MaskLoad(i + start, mask), mask.AsSingle(), 4);
            }

            var lanes = stackalloc float[8];
            for (int k = 0; k < 8; k++)
            {
                lanes[k] = k < count ? p[i[start + k]] : 0;
            }

            return Vector256.Load(lanes);
        }
    }

    /// <summary>The first <paramref name="count"/> (0 to 4) of <c>source[indices[start + i]]</c>, zero in the other lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> GatherPartial(ReadOnlySpan<double> source, ReadOnlySpan<int> indices, int start, int count)
    {
        fixed (double* p = source)
        fixed (int* i = indices)
        {
            if (Avx2.IsSupported)
            {
                var mask = TailMask.Int64(count);
                var indexMask = TailMask.Int32(count).GetLower();
                return Avx2.GatherMaskVector256(Vector256<double>.Zero, p, Avx2.MaskLoad(i + start, indexMask), mask.AsDouble(), 8);
            }

            var lanes = stackalloc double[4];
            for (int k = 0; k < 4; k++)
            {
                lanes[k] = k < count ? p[i[start + k]] : 0;
            }

            return Vector256.Load(lanes);
        }
    }

    /// <summary>The first <paramref name="count"/> (0 to 8) values from <c>source[start..]</c>, zero in the other lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> LoadPartial(ReadOnlySpan<float> source, int start, int count)
    {
        fixed (float* p = source)
        {
            if (Avx.IsSupported)
            {
                return Avx.MaskLoad(p + start, TailMask.Int32(count).AsSingle());
            }

            var lanes = stackalloc float[8];
            for (int k = 0; k < 8; k++)
            {
                lanes[k] = k < count ? p[start + k] : 0;
            }

            return Vector256.Load(lanes);
        }
    }

    /// <summary>The first <paramref name="count"/> (0 to 4) values from <c>source[start..]</c>, zero in the other lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> LoadPartial(ReadOnlySpan<double> source, int start, int count)
    {
        fixed (double* p = source)
        {
            if (Avx.IsSupported)
            {
                return Avx.MaskLoad(p + start, TailMask.Int64(count).AsDouble());
            }

            var lanes = stackalloc double[4];
            for (int k = 0; k < 4; k++)
            {
                lanes[k] = k < count ? p[start + k] : 0;
            }

            return Vector256.Load(lanes);
        }
    }

    /// <summary>A mask with the first <paramref name="count"/> (0 to 8) lanes all ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> FirstLanesSingle(int count) => TailMask.Int32(count).AsSingle();

    /// <summary>A mask with the first <paramref name="count"/> (0 to 4) lanes all ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> FirstLanesDouble(int count) => TailMask.Int64(count).AsDouble();

    /// <summary>The lanes' sum, added pairwise in a fixed order (the library's kernels use the same order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(Vector256<float> v) => GatherDot.HorizontalSum(v);

    /// <summary>The lanes' sum, added pairwise in a fixed order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Vector256<double> v) => GatherDot.HorizontalSum(v);

    /// <summary>Loads 8 ints from <c>source[start..]</c> without a bounds check beyond the first element's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> LoadIndices256(ReadOnlySpan<int> source, int start) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source), (nuint)start);

    /// <summary>Loads 4 ints from <c>source[start..]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<int> LoadIndices128(ReadOnlySpan<int> source, int start) =>
        Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(source), (nuint)start);
}
