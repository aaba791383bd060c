using System.Numerics;

namespace BrainEvent.Tests.Networks.Lanes;

/// <summary>Test inputs for the lanes: special values first, then random values of every magnitude, a multiple of 64 in all.</summary>
internal static class LaneInputs
{
    public static T[] Specials<T>()
        where T : IBinaryFloatingPointIeee754<T>, IMinMaxValue<T> =>
    [
        T.NaN, T.PositiveInfinity, T.NegativeInfinity, T.Zero, T.NegativeZero, T.One, T.NegativeOne,
        T.Epsilon, -T.Epsilon, T.MaxValue, T.MinValue, SmallestNormal<T>(), SmallestNormal<T>() / T.CreateTruncating(3),
    ];

    /// <summary>Specials, then values with random sign, significand and exponent (subnormals included).</summary>
    public static T[] AnyMagnitude<T>(int count, int seed)
        where T : IBinaryFloatingPointIeee754<T>, IMinMaxValue<T>
    {
        var random = new Random(seed);
        var values = new List<T>(Specials<T>());
        while (values.Count < count)
        {
            values.Add(typeof(T) == typeof(float)
                ? (T)(object)BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31))
                : (T)(object)BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63)));
        }

        return [.. values];
    }

    /// <summary>Specials, then <paramref name="count"/> points evenly over [from, to] and random ones in it.</summary>
    public static T[] Range<T>(double from, double to, int count, int seed)
        where T : IBinaryFloatingPointIeee754<T>, IMinMaxValue<T>
    {
        var random = new Random(seed);
        var values = new List<T>(Specials<T>());
        for (int i = 0; i < count; i++)
        {
            values.Add(T.CreateTruncating(from + ((to - from) * i / (count - 1))));
            values.Add(T.CreateTruncating(from + ((to - from) * random.NextDouble())));
        }

        return Pad(values);
    }

    /// <summary>A second operand for binary operations: the same values, shuffled.</summary>
    public static T[] Shuffled<T>(T[] values, int seed)
    {
        var copy = (T[])values.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }

    private static T SmallestNormal<T>()
        where T : IBinaryFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? (T)(object)1.17549435e-38f : (T)(object)2.2250738585072014e-308;

    private static T[] Pad<T>(List<T> values)
        where T : IBinaryFloatingPointIeee754<T>
    {
        while (values.Count % 64 != 0)
        {
            values.Add(T.One);
        }

        return [.. values];
    }
}
