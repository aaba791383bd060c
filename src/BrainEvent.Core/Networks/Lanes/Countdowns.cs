using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Generated;

/// <summary>The one rule for refractory countdowns in vectors, shared by the lane widths: one step down, never below 0.</summary>
internal static class Countdowns
{
    /// <summary>Each count one lower, 0 staying 0: one saturating subtraction (<c>vpsubusw</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Down(Vector128<ushort> counts) => Vector128.SubtractSaturate(counts, Vector128<ushort>.One);

    /// <inheritdoc cref="Down(Vector128{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Down(Vector256<ushort> counts) => Vector256.SubtractSaturate(counts, Vector256<ushort>.One);
}
