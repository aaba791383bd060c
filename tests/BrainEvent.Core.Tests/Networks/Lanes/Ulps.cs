using System.Numerics;

namespace BrainEvent.Tests.Networks.Lanes;

/// <summary>Distances in units in the last place, counted over the ordered bit patterns (so across zero and into subnormals).</summary>
internal static class Ulps
{
    /// <summary>0 for equal values and for two NaNs; <see cref="long.MaxValue"/> when only one is NaN.</summary>
    public static long Between<T>(T a, T b)
        where T : IBinaryFloatingPointIeee754<T>
    {
        if (T.IsNaN(a) || T.IsNaN(b))
        {
            return T.IsNaN(a) && T.IsNaN(b) ? 0 : long.MaxValue;
        }

        var distance = Int128.Abs((Int128)Ordered(a) - Ordered(b));
        return distance > long.MaxValue ? long.MaxValue : (long)distance;
    }

    /// <summary>The bits of a value, or NaN, as one integer so that two results compare bitwise.</summary>
    public static long Bits<T>(T value)
        where T : IBinaryFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? BitConverter.SingleToInt32Bits((float)(object)value) : BitConverter.DoubleToInt64Bits((double)(object)value);

    private static long Ordered<T>(T value)
        where T : IBinaryFloatingPointIeee754<T>
    {
        long bits = Bits(value);
        long sign = typeof(T) == typeof(float) ? int.MinValue : long.MinValue;
        return bits >= 0 ? bits : sign - bits;
    }
}
