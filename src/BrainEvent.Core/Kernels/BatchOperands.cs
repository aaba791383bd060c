using System.Runtime.CompilerServices;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels;

/// <summary>
/// The dense operand of a matrix product, <c>[n, batch]</c> row-major: values (<c>w * x</c> accumulates)
/// or bool spikes (<c>w</c> accumulates where the spike is set). Elements are addressed in bytes.
/// </summary>
internal unsafe interface IBatchOperand<T>
    where T : unmanaged
{
    static abstract int ElementSize { get; }

    static abstract TVec Accumulate<TVec, TLanes>(TVec acc, TVec w, byte* element)
        where TVec : struct
        where TLanes : ILanes<T, TVec>;

    static abstract T Accumulate(T acc, T w, byte* element);
}

internal readonly unsafe struct DenseBatch<T> : IBatchOperand<T>
    where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
{
    public static int ElementSize => sizeof(T);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Accumulate<TVec, TLanes>(TVec acc, TVec w, byte* element)
        where TVec : struct
        where TLanes : ILanes<T, TVec> => TLanes.MultiplyAdd(w, TLanes.Load((T*)element), acc);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Accumulate(T acc, T w, byte* element) => T.FusedMultiplyAdd(w, *(T*)element, acc);
}

internal readonly unsafe struct EventBatch<T> : IBatchOperand<T>
    where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
{
    public static int ElementSize => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Accumulate<TVec, TLanes>(TVec acc, TVec w, byte* element)
        where TVec : struct
        where TLanes : ILanes<T, TVec> => TLanes.AddWhereActive(acc, w, element);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Accumulate(T acc, T w, byte* element) => *element != 0 ? acc + w : acc;
}
