using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels;

/// <summary>
/// Building blocks for kernels compiled outside the library (source-generated kernels): the same
/// operations the library's kernels use, each pinning its spans for the one instruction, so callers need
/// no unsafe code. Indices are not checked: pass only indices of a constructed matrix (checked once, at
/// construction) or of its column mirror. Without AVX2 and FMA they still work, lane by lane.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static unsafe class KernelPrimitives
{
    /// <summary>Whether the operations below are hardware instructions (AVX2 and FMA); otherwise they work lane by lane.</summary>
    public static bool IsGatherAccelerated => Vectors.IsAccelerated;

    /// <summary><c>source[indices[i]]</c> for 8 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Gather(ReadOnlySpan<float> source, Vector256<int> indices)
    {
        fixed (float* p = source)
        {
            if (Vectors.IsAccelerated)
            {
                return Vectors.Gather(p, (int*)&indices);
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
            if (Vectors.IsAccelerated)
            {
                return Vectors.Gather(p, (int*)&indices);
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
            return Vectors.IsAccelerated ? Vectors.GatherPartial(p, i + start, count) : LaneByLane(source, indices, start, count);
        }
    }

    /// <summary>The first <paramref name="count"/> (0 to 4) of <c>source[indices[start + i]]</c>, zero in the other lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> GatherPartial(ReadOnlySpan<double> source, ReadOnlySpan<int> indices, int start, int count)
    {
        fixed (double* p = source)
        fixed (int* i = indices)
        {
            return Vectors.IsAccelerated ? Vectors.GatherPartial(p, i + start, count) : LaneByLane(source, indices, start, count);
        }
    }

    /// <summary>The first <paramref name="count"/> (0 to 8) values from <c>source[start..]</c>, zero in the other lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> LoadPartial(ReadOnlySpan<float> source, int start, int count)
    {
        fixed (float* p = source)
        {
            return Vectors.IsAccelerated ? Vectors.LoadPartial(p + start, count) : LaneByLane(source, default, start, count);
        }
    }

    /// <summary>The first <paramref name="count"/> (0 to 4) values from <c>source[start..]</c>, zero in the other lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> LoadPartial(ReadOnlySpan<double> source, int start, int count)
    {
        fixed (double* p = source)
        {
            return Vectors.IsAccelerated ? Vectors.LoadPartial(p + start, count) : LaneByLane(source, default, start, count);
        }
    }

    /// <summary>A mask with the first <paramref name="count"/> (0 to 8) lanes all ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> FirstLanesSingle(int count) => Vectors.FirstLanes<float>(count);

    /// <summary>A mask with the first <paramref name="count"/> (0 to 4) lanes all ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> FirstLanesDouble(int count) => Vectors.FirstLanes<double>(count);

    /// <summary>The lanes' sum, added pairwise in a fixed order (the library's kernels use the same order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(Vector256<float> v) => Vectors.Sum(v);

    /// <summary>The lanes' sum, added pairwise in a fixed order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Vector256<double> v) => Vectors.Sum(v);

    /// <summary>
    /// The software form of the partial loads: the first <paramref name="count"/> lanes of
    /// <c>source[indices[start + k]]</c> (or of <c>source[start + k]</c> without indices), zero above.
    /// </summary>
    private static Vector256<T> LaneByLane<T>(ReadOnlySpan<T> source, ReadOnlySpan<int> indices, int start, int count)
        where T : unmanaged
    {
        Span<T> lanes = stackalloc T[Vector256<T>.Count];
        for (int k = 0; k < count; k++)
        {
            lanes[k] = source[indices.IsEmpty ? start + k : indices[start + k]];
        }

        return Vector256.Create<T>(lanes);
    }

    /// <summary>
    /// Asks the processor for the cache lines of <c>source[start .. start + length)</c> before they are read,
    /// as the library's event kernel does for the active rows ahead; a hint only (nothing without SSE).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(ReadOnlySpan<T> source, int start, int length)
        where T : unmanaged
    {
        fixed (T* p = source)
        {
            Vectors.Prefetch(p + start, length);
        }
    }

    /// <summary>Loads 8 ints from <c>source[start..]</c> without a bounds check beyond the first element's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> LoadIndices256(ReadOnlySpan<int> source, int start) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source), (nuint)start);

    /// <summary>Loads 4 ints from <c>source[start..]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<int> LoadIndices128(ReadOnlySpan<int> source, int start) =>
        Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(source), (nuint)start);
}
