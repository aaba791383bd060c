using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Kernels.Simd;

/// <summary>
/// One vector width for one element type, as static members, so a kernel written once over
/// <c>TLanes</c> compiles to straight Vector512 or Vector256 code with no indirection.
/// </summary>
internal unsafe interface ILanes<T, TVec>
    where T : unmanaged
    where TVec : struct
{
    static abstract int Count { get; }

    static abstract TVec Zero { get; }

    static abstract TVec Broadcast(T value);

    static abstract TVec Load(T* source);

    static abstract void Store(T* destination, TVec value);

    /// <summary><c>a * b + c</c>.</summary>
    static abstract TVec MultiplyAdd(TVec a, TVec b, TVec c);

    /// <summary><c>acc + (w where spike != 0, else 0)</c> for <see cref="Count"/> bool bytes: a silent entry adds nothing, even a NaN weight.</summary>
    static abstract TVec AddWhereActive(TVec acc, TVec w, byte* spikes);
}

/// <summary>512-bit vectors of float or double (the type tests fold away when the JIT specialises).</summary>
internal readonly unsafe struct Lanes512<T> : ILanes<T, Vector512<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector512<T>.Count;

    public static Vector512<T> Zero => Vector512<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Load(T* source) => Vector512.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T* destination, Vector512<T> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd(Vector512<T> a, Vector512<T> b, Vector512<T> c) =>
        typeof(T) == typeof(float)
            ? Vector512.FusedMultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>()
            : Vector512.FusedMultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> AddWhereActive(Vector512<T> acc, Vector512<T> w, byte* spikes)
    {
        if (typeof(T) == typeof(float))
        {
            var wide = Avx512F.ConvertToVector512Int32(Vector128.Load(spikes));
            return acc + (w & Vector512.GreaterThan(wide, Vector512<int>.Zero).As<int, T>());
        }

        var wide64 = Avx512F.ConvertToVector512Int64(Vector128.CreateScalar(*(ulong*)spikes).AsByte());
        return acc + (w & Vector512.GreaterThan(wide64, Vector512<long>.Zero).As<long, T>());
    }
}

/// <summary>256-bit vectors of float or double.</summary>
internal readonly unsafe struct Lanes256<T> : ILanes<T, Vector256<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static int Count => Vector256<T>.Count;

    public static Vector256<T> Zero => Vector256<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Broadcast(T value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Load(T* source) => Vector256.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(T* destination, Vector256<T> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd(Vector256<T> a, Vector256<T> b, Vector256<T> c) =>
        typeof(T) == typeof(float)
            ? Vector256.FusedMultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>()
            : Vector256.FusedMultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> AddWhereActive(Vector256<T> acc, Vector256<T> w, byte* spikes)
    {
        if (typeof(T) == typeof(float))
        {
            var wide = Avx2.IsSupported
                ? Avx2.ConvertToVector256Int32(spikes)
                : Vector256.Create(spikes[0], spikes[1], spikes[2], spikes[3], spikes[4], spikes[5], spikes[6], spikes[7]);
            return acc + (w & Vector256.GreaterThan(wide, Vector256<int>.Zero).As<int, T>());
        }

        var wide64 = Avx2.IsSupported
            ? Avx2.ConvertToVector256Int64(spikes)
            : Vector256.Create((long)spikes[0], spikes[1], spikes[2], spikes[3]);
        return acc + (w & Vector256.GreaterThan(wide64, Vector256<long>.Zero).As<long, T>());
    }
}
