using System.Numerics;
using BrainEvent.Generated;
using static BrainEvent.Tests.Networks.Lanes.LaneRunner;

namespace BrainEvent.Tests.Networks.Lanes;

/// <summary>
/// Every lane operation of one width and element type against the scalar operation on each lane, on special
/// values and random values of every magnitude; exp and log within 2 ulp of <c>MathF</c>/<c>Math</c>.
/// </summary>
public abstract class LaneOperationTests<TLanes, T>
    where TLanes : struct, ILanes<TLanes, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>, IMinMaxValue<T>
{
    private static readonly T[] X = LaneInputs.AnyMagnitude<T>(4096, seed: 1);
    private static readonly T[] Y = LaneInputs.Shuffled(X, seed: 2);
    private static readonly T[] Z = LaneInputs.Shuffled(X, seed: 3);

    /// <summary>Ordinary values in [-4, 4], where the operations are exact enough to compare masks and selects.</summary>
    private static readonly T[] Small = LaneInputs.Range<T>(-4, 4, 1000, seed: 4);
    private static readonly T[] SmallShuffled = LaneInputs.Shuffled(Small, seed: 5);

    private static bool IsFloat => typeof(T) == typeof(float);

    [Fact]
    public void Arithmetic_matches_the_scalar_operators()
    {
        AssertSame(X.Zip(Y, (a, b) => a + b), Map<TLanes, T>(X, Y, (a, b) => a + b));
        AssertSame(X.Zip(Y, (a, b) => a - b), Map<TLanes, T>(X, Y, (a, b) => a - b));
        AssertSame(X.Zip(Y, (a, b) => a * b), Map<TLanes, T>(X, Y, (a, b) => a * b));
        AssertSame(X.Zip(Y, (a, b) => a / b), Map<TLanes, T>(X, Y, (a, b) => a / b));
        AssertBitwise(X.Select(a => -a), Map<TLanes, T>(X, a => -a));
    }

    [Fact]
    public void Functions_match_the_scalar_functions()
    {
        AssertSame(X.Select((a, i) => T.FusedMultiplyAdd(a, Y[i], Z[i])), Map<TLanes, T>(X, Y, Z, TLanes.FusedMultiplyAdd));
        AssertSame(X.Zip(Y, T.Min), Map<TLanes, T>(X, Y, TLanes.Min));
        AssertSame(X.Zip(Y, T.Max), Map<TLanes, T>(X, Y, TLanes.Max));
        AssertSame(X.Select(T.Abs), Map<TLanes, T>(X, TLanes.Abs));
        AssertSame(X.Select(T.Sqrt), Map<TLanes, T>(X, TLanes.Sqrt));
        AssertSame(X.Select(a => T.Round(a, MidpointRounding.ToEven)), Map<TLanes, T>(X, TLanes.Round));
        AssertSame(Small.Select(a => T.Round(a * T.CreateTruncating(1.5))), Map<TLanes, T>(Small, a => TLanes.Round(a * TLanes.Create(T.CreateTruncating(1.5)))));
    }

    [Fact]
    public void Operations_with_one_scalar_operand_match_the_scalar_operations()
    {
        T[] values = [.. X, T.NaN, T.Zero, T.NegativeZero, T.PositiveInfinity, T.NegativeInfinity];
        values = [.. values, .. Enumerable.Repeat(T.One, 64 - (values.Length % 64))];
        T[] others = LaneInputs.Shuffled(values, seed: 6);
        foreach (var c in new[] { T.CreateTruncating(1.5), T.CreateTruncating(-1e-3), T.Zero, T.NegativeZero, T.NaN, T.PositiveInfinity, T.NegativeInfinity })
        {
            AssertBitwise(values.Select(a => a * c), Map<TLanes, T>(values, a => a * c));
            AssertBitwise(values.Select((a, i) => T.FusedMultiplyAdd(a, others[i], c)), Map<TLanes, T>(values, others, (a, b) => TLanes.FusedMultiplyAdd(a, b, c)));
            AssertBitwise(values.Select((a, i) => T.FusedMultiplyAdd(a, c, others[i])), Map<TLanes, T>(values, others, (a, b) => TLanes.FusedMultiplyAdd(a, c, b)));
            AssertBitwise(values.Select(a => c > a ? c : a), Map<TLanes, T>(values, a => TLanes.AtLeast(a, c)));
            AssertBitwise(values.Select(a => c < a ? c : a), Map<TLanes, T>(values, a => TLanes.AtMost(a, c)));
        }
    }

    [Fact]
    public void Min_and_max_order_signed_zeros_as_Math_does()
    {
        T[] zeros = [.. Enumerable.Repeat(T.Zero, 32), .. Enumerable.Repeat(T.NegativeZero, 32)];
        T[] flipped = [.. zeros.Skip(32), .. zeros.Take(32)];
        AssertBitwise(zeros.Zip(flipped, T.Min), Map<TLanes, T>(zeros, flipped, TLanes.Min));
        AssertBitwise(zeros.Zip(flipped, T.Max), Map<TLanes, T>(zeros, flipped, TLanes.Max));
    }

    [Fact]
    public void Clamps_keep_the_value_unless_the_bound_is_strictly_past_it()
    {
        T[] values = [.. X, T.NaN, T.Zero, T.NegativeZero, T.PositiveInfinity, T.NegativeInfinity];
        T[] bounds = [.. Y, T.One, T.NegativeZero, T.Zero, T.One, T.One];
        values = [.. values, .. Enumerable.Repeat(T.One, 64 - (values.Length % 64))];
        bounds = [.. bounds, .. Enumerable.Repeat(T.Zero, 64 - (bounds.Length % 64))];
        AssertBitwise(values.Zip(bounds, (v, b) => b > v ? b : v), Map<TLanes, T>(values, bounds, TLanes.AtLeast));
        AssertBitwise(values.Zip(bounds, (v, b) => b < v ? b : v), Map<TLanes, T>(values, bounds, TLanes.AtMost));
    }

    [Fact]
    public void Comparisons_give_the_masks_of_the_scalar_comparisons()
    {
        T[] x = [.. X, .. Small];
        T[] y = [.. Y, .. Small.Select((v, i) => i % 3 == 0 ? v : SmallShuffled[i])];
        Assert.Equal(x.Zip(y, (a, b) => a == b), Masks<TLanes, T>(x, y, TLanes.Equal));
        Assert.Equal(x.Zip(y, (a, b) => a != b), Masks<TLanes, T>(x, y, TLanes.NotEqual));
        Assert.Equal(x.Zip(y, (a, b) => a < b), Masks<TLanes, T>(x, y, TLanes.LessThan));
        Assert.Equal(x.Zip(y, (a, b) => a <= b), Masks<TLanes, T>(x, y, TLanes.LessThanOrEqual));
        Assert.Equal(x.Zip(y, (a, b) => a > b), Masks<TLanes, T>(x, y, TLanes.GreaterThan));
        Assert.Equal(x.Zip(y, (a, b) => a >= b), Masks<TLanes, T>(x, y, TLanes.GreaterThanOrEqual));
    }

    [Theory]
    [InlineData(LaneComparison.Equal)]
    [InlineData(LaneComparison.LessThan)]
    [InlineData(LaneComparison.LessThanOrEqual)]
    [InlineData(LaneComparison.GreaterThan)]
    [InlineData(LaneComparison.GreaterThanOrEqual)]
    public void A_comparison_selects_and_gives_bits_as_the_scalar_comparison_does(LaneComparison comparison)
    {
        T[] x = [.. X, .. Small, T.NaN, T.NaN, T.One, T.Zero, T.NegativeZero];
        T[] y = [.. Y, .. Small.Select((v, i) => i % 3 == 0 ? v : SmallShuffled[i]), T.One, T.NaN, T.NaN, T.NegativeZero, T.Zero];
        x = [.. x, .. Enumerable.Repeat(T.One, 64 - (x.Length % 64))];
        y = [.. y, .. Enumerable.Repeat(T.Zero, 64 - (y.Length % 64))];
        Func<T, T, bool> scalar = comparison switch
        {
            LaneComparison.Equal => (a, b) => a == b,
            LaneComparison.LessThan => (a, b) => a < b,
            LaneComparison.LessThanOrEqual => (a, b) => a <= b,
            LaneComparison.GreaterThan => (a, b) => a > b,
            _ => (a, b) => a >= b,
        };
        AssertBitwise(x.Zip(y, (a, b) => scalar(a, b) ? a : b), Map<TLanes, T>(x, y, (a, b) => TLanes.SelectWhere(comparison, a, b, a, b)));
        Assert.Equal(x.Zip(y, scalar), Bits<TLanes, T>(x, y, (a, b) => TLanes.CompareBits(comparison, a, b)));
    }

    [Fact]
    public void Mask_logic_and_select_act_lane_by_lane()
    {
        var zero = T.Zero;
        var p = Small.Select(a => a > zero).ToArray();
        var q = SmallShuffled.Select(a => a < zero).ToArray();
        TLanes P(TLanes a) => TLanes.GreaterThan(a, TLanes.Zero);
        TLanes Q(TLanes b) => TLanes.LessThan(b, TLanes.Zero);
        Assert.Equal(p.Zip(q, (a, b) => a && b), Masks<TLanes, T>(Small, SmallShuffled, (a, b) => TLanes.And(P(a), Q(b))));
        Assert.Equal(p.Zip(q, (a, b) => a || b), Masks<TLanes, T>(Small, SmallShuffled, (a, b) => TLanes.Or(P(a), Q(b))));
        Assert.Equal(p.Zip(q, (a, b) => a && !b), Masks<TLanes, T>(Small, SmallShuffled, (a, b) => TLanes.AndNot(P(a), Q(b))));
        Assert.Equal(p.Select(a => !a), Masks<TLanes, T>(Small, SmallShuffled, (a, _) => TLanes.Not(P(a))));
        Assert.Equal(p.Select(_ => true), Masks<TLanes, T>(Small, SmallShuffled, (_, _) => TLanes.AllBitsSet));
        Assert.Equal(p.Select(_ => false), Masks<TLanes, T>(Small, SmallShuffled, (_, _) => TLanes.Zero));
        AssertBitwise(Small.Select((a, i) => p[i] ? a : SmallShuffled[i]), Map<TLanes, T>(Small, SmallShuffled, (a, b) => TLanes.Select(P(a), a, b)));
    }

    [Fact]
    public void Exp_is_within_2_ulp_over_the_whole_range()
    {
        var x = IsFloat
            ? LaneInputs.Range<T>(-110, 95, 200_000, seed: 6)
            : LaneInputs.Range<T>(-760, 720, 200_000, seed: 6);
        AssertWithinUlps([.. x, .. X], T.Exp, TLanes.Exp, "Exp");
        AssertWithinUlps(LaneInputs.Range<T>(-1, 1, 20_000, seed: 7), T.Exp, TLanes.Exp, "Exp");
    }

    [Fact]
    public void Log_is_within_2_ulp_over_every_magnitude()
    {
        var x = LaneInputs.Range<T>(0, 4, 100_000, seed: 8);
        AssertWithinUlps([.. x, .. LaneInputs.AnyMagnitude<T>(200_000, seed: 9)], T.Log, TLanes.Log, "Log");
    }

    [Fact]
    public void Scaling_by_a_power_of_two_rounds_once()
    {
        var random = new Random(10);
        int lowest = IsFloat ? -150 : -1076;
        int highest = IsFloat ? 128 : 1024;
        var x = Enumerable.Range(0, 4096).Select(_ => T.CreateTruncating(1 + random.NextDouble())).ToArray();
        var n = Enumerable.Range(0, 4096).Select(i => T.CreateTruncating(lowest + (i % (highest - lowest + 1)))).ToArray();
        AssertSame(x.Select((v, i) => T.ScaleB(v, int.CreateTruncating(n[i]))), Map<TLanes, T>(x, n, TLanes.ScaleByPowerOfTwo));
    }

    [Fact]
    public void Exponent_and_significand_split_normal_numbers()
    {
        var x = X.Where(v => T.IsNormal(v) && T.IsPositive(v)).Take(1024).ToArray();
        Assert.Equal(1024, x.Length);
        AssertSame(x.Select(v => T.CreateTruncating(T.ILogB(v))), Map<TLanes, T>(x, TLanes.Exponent));
        AssertSame(x.Select(v => T.ScaleB(v, -T.ILogB(v))), Map<TLanes, T>(x, TLanes.Significand));
    }

    [Fact]
    public void Masks_convert_to_and_from_bits()
    {
        var random = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            ulong bits = (ulong)random.NextInt64();
            ulong low = TLanes.Count == 64 ? bits : bits & ((1UL << TLanes.Count) - 1);
            Assert.Equal(low, TLanes.MaskBits(TLanes.FromBits(bits)));
        }

        Assert.Equal(TLanes.Count == 64 ? ulong.MaxValue : (1UL << TLanes.Count) - 1, TLanes.MaskBits(TLanes.AllBitsSet));
    }

    [Fact]
    public void Count_down_marks_the_refractory_lanes_and_counts_only_their_own_counts_down()
    {
        var random = new Random(12);
        var counts = Enumerable.Range(0, 192).Select(_ => (ushort)(random.Next(3) == 0 ? 0 : random.Next(1, ushort.MaxValue + 1))).ToArray();
        counts[64] = ushort.MaxValue;
        counts[65] = 1;
        var before = counts.ToArray();
        for (int lane = 64; lane < 128; lane += TLanes.Count)
        {
            ulong expectedBits = 0;
            for (int k = 0; k < TLanes.Count; k++)
            {
                expectedBits |= (before[lane + k] > 0 ? 1UL : 0) << k;
            }

            Assert.Equal(expectedBits, TLanes.MaskBits(TLanes.CountDown(counts, lane)));
            var expected = before.Select((c, i) => i >= 64 && i < lane + TLanes.Count ? (ushort)Math.Max(c - 1, 0) : c).ToArray();
            Assert.Equal(expected, counts);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => TLanes.CountDown(counts, 193 - TLanes.Count));
        Assert.Equal(before.Take(64), counts.Take(64));
    }

    [Fact]
    public void Loads_and_stores_check_their_range()
    {
        var values = new T[TLanes.Count + 1];
        Assert.Throws<ArgumentOutOfRangeException>(() => TLanes.Load(values, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TLanes.Store(TLanes.Zero, values, 2));
        TLanes.Store(TLanes.Create(T.One), values, 1);
        Assert.Equal([T.Zero, .. Enumerable.Repeat(T.One, TLanes.Count)], values);
    }

    [Fact]
    public void Unchecked_loads_and_stores_touch_exactly_their_lanes()
    {
        var values = Enumerable.Range(0, (3 * TLanes.Count) + 2).Select(T.CreateChecked).ToArray();
        var written = new T[values.Length];
        TLanes.StoreUnchecked(TLanes.LoadUnchecked(values, TLanes.Count + 1), written, TLanes.Count + 1);
        var expected = values.Select((value, i) => i > TLanes.Count && i <= 2 * TLanes.Count ? value : T.Zero);
        Assert.Equal(expected, written);
    }

    private static void AssertWithinUlps(T[] x, Func<T, T> expected, Func<TLanes, TLanes> actual, string name)
    {
        var result = Map(x, actual);
        var worst = x.Select((v, i) => (Input: v, Ulps: Ulps.Between(expected(v), result[i]))).MaxBy(p => p.Ulps);
        Assert.True(worst.Ulps <= 2, $"{name}({worst.Input:R}) is {worst.Ulps} ulp from {expected(worst.Input):R}: {result[Array.IndexOf(x, worst.Input)]:R}");
    }

    /// <summary>Equal values, any NaN for a NaN.</summary>
    private static void AssertSame(IEnumerable<T> expected, T[] actual)
    {
        var wanted = expected.ToArray();
        for (int i = 0; i < wanted.Length; i++)
        {
            Assert.True(Ulps.Between(wanted[i], actual[i]) == 0, $"lane {i}: expected {wanted[i]:R}, got {actual[i]:R}");
        }
    }

    private static void AssertBitwise(IEnumerable<T> expected, T[] actual) =>
        Assert.Equal(expected.Select(Ulps.Bits), actual.Select(Ulps.Bits));
}

public sealed class Lanes512SingleTests : LaneOperationTests<Lanes512<float>, float>;

public sealed class Lanes512DoubleTests : LaneOperationTests<Lanes512<double>, double>;

public sealed class Lanes256SingleTests : LaneOperationTests<Lanes256<float>, float>;

public sealed class Lanes256DoubleTests : LaneOperationTests<Lanes256<double>, double>;

public sealed class ScalarLanesSingleTests : LaneOperationTests<ScalarLanes<float>, float>;

public sealed class ScalarLanesDoubleTests : LaneOperationTests<ScalarLanes<double>, double>;
