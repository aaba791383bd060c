using System.Runtime.CompilerServices;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Jit;

/// <summary>
/// The batch operations of a compiled matrix product, for one vector width and operand kind: the same
/// lane and operand structs as <c>Kernels/BatchGatherKernel.cs</c>, behind <see cref="nint"/> addresses.
/// </summary>
internal static unsafe class JitBatch<T, TVec, TLanes, TOperand>
    where T : unmanaged
    where TVec : struct
    where TLanes : ILanes<T, TVec>
    where TOperand : IBatchOperand<T>
{
    public static int Lanes => TLanes.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Zero() => TLanes.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Broadcast(T value) => TLanes.Broadcast(value);

    /// <summary>Accumulates <c>w</c> times operand elements <c>[element, element + lanes)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Accumulate(TVec acc, TVec w, nint x, long element) =>
        TOperand.Accumulate<TVec, TLanes>(acc, w, (byte*)x + element * TOperand.ElementSize);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T AccumulateOne(T acc, T w, nint x, long element) =>
        TOperand.Accumulate(acc, w, (byte*)x + element * TOperand.ElementSize);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(nint y, long element, TVec value) => TLanes.Store((T*)y + element, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreOne(nint y, long element, T value) => ((T*)y)[element] = value;
}
