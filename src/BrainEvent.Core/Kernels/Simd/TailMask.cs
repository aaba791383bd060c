using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Kernels.Simd;

/// <summary>
/// Lane masks with the first <c>n</c> lanes set, for the last partial vector of a loop. Computed in registers
/// (lane index below <c>n</c>) rather than loaded from a table: a static table costs a class-initialisation
/// helper call, across which the JIT spills every live vector register of the loop around it.
/// </summary>
internal static class TailMask
{
    /// <summary>A mask for 8 x 32-bit lanes with the first <paramref name="n"/> (0..8) set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Int32(int n) => Vector256.LessThan(Vector256<int>.Indices, Vector256.Create(n));

    /// <summary>A mask for 4 x 64-bit lanes with the first <paramref name="n"/> (0..4) set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Int64(int n) => Vector256.LessThan(Vector256<long>.Indices, Vector256.Create((long)n));
}
