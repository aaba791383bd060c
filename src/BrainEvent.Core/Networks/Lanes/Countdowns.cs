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

    /// <summary>
    /// All ones in the lanes that were refractory (count above 0), else 0, from the counts before and after
    /// <see cref="Down(Vector128{ushort})"/>: a count above 0 went down by exactly 1, so <c>down - counts</c> is -1
    /// there and 0 elsewhere. One subtraction instead of a compare, which on AVX-512 writes a mask register that
    /// then takes another instruction to become a vector.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<short> Held(Vector128<ushort> counts, Vector128<ushort> down) => (down - counts).AsInt16();

    /// <inheritdoc cref="Held(Vector128{ushort}, Vector128{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<short> Held(Vector256<ushort> counts, Vector256<ushort> down) => (down - counts).AsInt16();
}
