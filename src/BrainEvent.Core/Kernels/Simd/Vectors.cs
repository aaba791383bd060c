using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Kernels.Simd;

/// <summary>
/// The 256-bit operations every gather-shaped kernel is built from, for float (8 lanes, 8 indices) and
/// double (4 lanes, 4 indices) alike: the library's kernels, the runtime compiler's primitives and the
/// <c>count</c> lanes' memory and leave the other lanes zero. Callers check <see cref="KernelRules.IsAccelerated"/>.
/// </summary>
internal static unsafe class Vectors
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> FirstLanes<T>(int count)
        where T : unmanaged =>
        typeof(T) == typeof(float) ? TailMask.Int32(count).As<int, T>() : TailMask.Int64(count).As<long, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LoadPartial<T>(T* source, int count)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return Avx.MaskLoad((float*)source, TailMask.Int32(count).AsSingle()).As<float, T>();
        }

        return Avx.MaskLoad((double*)source, TailMask.Int64(count).AsDouble()).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StorePartial<T>(T* destination, int count, Vector256<T> value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            Avx.MaskStore((float*)destination, TailMask.Int32(count).AsSingle(), value.As<T, float>());
        }
        else
        {
            Avx.MaskStore((double*)destination, TailMask.Int64(count).AsDouble(), value.As<T, double>());
        }
    }

    /// <summary><c>a * b + c</c> with one rounding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return Fma.MultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>();
        }

        return Fma.MultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();
    }

    /// <summary><c>x[indices[i]]</c> for every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Gather<T>(T* x, int* indices)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return Avx2.GatherVector256((float*)x, Avx.LoadVector256(indices), 4).As<float, T>();
        }

        return Avx2.GatherVector256((double*)x, Sse2.LoadVector128(indices), 8).As<double, T>();
    }

    /// <summary><c>x[indices[i]]</c> for the first <paramref name="count"/> lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> GatherPartial<T>(T* x, int* indices, int count)
        where T : unmanaged
    {
        var mask = TailMask.Int32(count);
        if (typeof(T) == typeof(float))
        {
            return Avx2.GatherMaskVector256(Vector256<float>.Zero, (float*)x, Avx2.MaskLoad(indices, mask), mask.AsSingle(), 4).As<float, T>();
        }

        var mask4 = TailMask.Int64(count).AsDouble();
        return Avx2.GatherMaskVector256(Vector256<double>.Zero, (double*)x, Avx2.MaskLoad(indices, mask.GetLower()), mask4, 8).As<double, T>();
    }

    /// <summary>Asks for the cache lines of <c>length</c> elements from <c>first</c> (a hint; nothing without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(T* first, int length)
        where T : unmanaged
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        for (int offset = 0; offset < length; offset += 64 / sizeof(T))
        {
            Sse.Prefetch0(first + offset);
        }
    }

    /// <summary>The lanes' sum, added pairwise in a fixed order: every kernel reduces the same way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum<T>(Vector256<T> value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            var x = value.As<T, float>().GetLower() + value.As<T, float>().GetUpper();
            x += Vector128.Shuffle(x, Vector128.Create(2, 3, 0, 1));
            float sum = x.ToScalar() + x.GetElement(1);
            return Unsafe.As<float, T>(ref sum);
        }

        var d = value.As<T, double>().GetLower() + value.As<T, double>().GetUpper();
        double total = d.ToScalar() + d.GetElement(1);
        return Unsafe.As<double, T>(ref total);
    }
}
