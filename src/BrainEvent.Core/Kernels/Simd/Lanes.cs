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

internal readonly unsafe struct Float512 : ILanes<float, Vector512<float>>
{
    public static int Count => Vector512<float>.Count;

    public static Vector512<float> Zero => Vector512<float>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Broadcast(float value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load(float* source) => Vector512.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(float* destination, Vector512<float> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> AddWhereActive(Vector512<float> acc, Vector512<float> w, byte* spikes)
    {
        var wide = Avx512F.ConvertToVector512Int32(Vector128.Load(spikes));
        return acc + (w & Vector512.GreaterThan(wide, Vector512<int>.Zero).AsSingle());
    }
}

internal readonly unsafe struct Float256 : ILanes<float, Vector256<float>>
{
    public static int Count => Vector256<float>.Count;

    public static Vector256<float> Zero => Vector256<float>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Broadcast(float value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Load(float* source) => Vector256.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(float* destination, Vector256<float> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> AddWhereActive(Vector256<float> acc, Vector256<float> w, byte* spikes)
    {
        var wide = Avx2.IsSupported
            ? Avx2.ConvertToVector256Int32(spikes)
            : Vector256.Create(spikes[0], spikes[1], spikes[2], spikes[3], spikes[4], spikes[5], spikes[6], spikes[7]);
        return acc + (w & Vector256.GreaterThan(wide, Vector256<int>.Zero).AsSingle());
    }
}

internal readonly unsafe struct Double512 : ILanes<double, Vector512<double>>
{
    public static int Count => Vector512<double>.Count;

    public static Vector512<double> Zero => Vector512<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Broadcast(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(double* source) => Vector512.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* destination, Vector512<double> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> AddWhereActive(Vector512<double> acc, Vector512<double> w, byte* spikes)
    {
        var wide = Avx512F.ConvertToVector512Int64(Vector128.CreateScalar(*(ulong*)spikes).AsByte());
        return acc + (w & Vector512.GreaterThan(wide, Vector512<long>.Zero).AsDouble());
    }
}

internal readonly unsafe struct Double256 : ILanes<double, Vector256<double>>
{
    public static int Count => Vector256<double>.Count;

    public static Vector256<double> Zero => Vector256<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Broadcast(double value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load(double* source) => Vector256.Load(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double* destination, Vector256<double> value) => value.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> AddWhereActive(Vector256<double> acc, Vector256<double> w, byte* spikes)
    {
        var wide = Avx2.IsSupported
            ? Avx2.ConvertToVector256Int64(spikes)
            : Vector256.Create((long)spikes[0], spikes[1], spikes[2], spikes[3]);
        return acc + (w & Vector256.GreaterThan(wide, Vector256<long>.Zero).AsDouble());
    }
}
