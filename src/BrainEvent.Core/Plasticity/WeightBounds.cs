using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Plasticity;

/// <summary>
/// The interval <c>[Min, Max]</c> a weight is clipped to; an open bound is an infinity, which
/// clips nothing. Clipping compares and selects rather than calling Min/Max, so a NaN weight stays NaN
/// (a NaN trace shows in the result instead of being hidden by a bound), identically in scalar and vector code.
/// </summary>
internal readonly struct WeightBounds<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private WeightBounds(T min, T max)
    {
        Min = min;
        Max = max;
    }

    public T Min { get; }

    public T Max { get; }

    /// <summary>Whether both bounds are open, so clipping changes nothing.</summary>
    public bool IsOpen => T.IsNegativeInfinity(Min) && T.IsPositiveInfinity(Max);

    /// <summary>The bounds of <paramref name="wMin"/> and <paramref name="wMax"/> (null: open), checked: neither NaN, min not above max.</summary>
    public static WeightBounds<T> Create(T? wMin, T? wMax)
    {
        if (wMin is { } min && T.IsNaN(min))
        {
            throw new ArgumentException("wMin must be a number or null (no lower bound); got NaN.", nameof(wMin));
        }

        if (wMax is { } max && T.IsNaN(max))
        {
            throw new ArgumentException("wMax must be a number or null (no upper bound); got NaN.", nameof(wMax));
        }

        var bounds = new WeightBounds<T>(wMin ?? T.NegativeInfinity, wMax ?? T.PositiveInfinity);
        if (bounds.Min > bounds.Max)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"wMin must not exceed wMax; got wMin = {bounds.Min} and wMax = {bounds.Max}."),
                nameof(wMin));
        }

        return bounds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Clip(T w) => w < Min ? Min : w > Max ? Max : w;

    /// <summary>The vector form of <see cref="Clip(T)"/>, with the bounds broadcast once by the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Clip(Vector256<T> w, Vector256<T> min, Vector256<T> max)
    {
        w = Vector256.ConditionalSelect(Vector256.LessThan(w, min), min, w);
        return Vector256.ConditionalSelect(Vector256.GreaterThan(w, max), max, w);
    }
}
