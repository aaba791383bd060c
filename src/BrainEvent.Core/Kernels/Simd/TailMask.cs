using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Kernels.Simd;

/// <summary>Lane masks with the first <c>n</c> lanes set, for the last partial vector of a loop.</summary>
internal static class TailMask
{
    // 8 set lanes then 8 clear ones: the mask for n lanes starts at 8 - n.
    private static readonly int[] Int32Lanes = [-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly long[] Int64Lanes = [-1, -1, -1, -1, 0, 0, 0, 0];

    /// <summary>A mask for 8 x 32-bit lanes with the first <paramref name="n"/> (0..8) set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Int32(int n) =>
        Vector256.LoadUnsafe(ref Int32Lanes[0], (nuint)(8 - n));

    /// <summary>A mask for 4 x 64-bit lanes with the first <paramref name="n"/> (0..4) set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Int64(int n) =>
        Vector256.LoadUnsafe(ref Int64Lanes[0], (nuint)(4 - n));
}
