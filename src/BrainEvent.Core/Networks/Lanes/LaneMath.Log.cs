using System.Numerics;
using System.Runtime.CompilerServices;

namespace BrainEvent.Generated;

internal static partial class LaneMath
{
    private const float SmallestNormalSingle = 1.17549435e-38f;
    private const double SmallestNormalDouble = 2.2250738585072014e-308;

    /// <summary>
    /// ln x within 2 ulp: x = m 2^e with m in [sqrt(1/2), sqrt(2)) (subnormals scaled by 2^23 first), and
    /// ln x = e ln 2 + ln(1 + f), f = m - 1, from Cephes' logf polynomial. Special values as <c>MathF.Log</c>:
    /// +inf for +inf, -inf for zeros, NaN for NaN and negative x.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes LogSingle<TLanes>(TLanes x)
        where TLanes : struct, ILanes<TLanes, float>
    {
        var subnormal = TLanes.LessThan(x, TLanes.Create(SmallestNormalSingle));
        var scaled = TLanes.Select(subnormal, x * 8388608f, x);
        var e = TLanes.Exponent(scaled) - TLanes.Select(subnormal, TLanes.Create(23f), TLanes.Zero);
        var m = TLanes.Significand(scaled);
        var high = TLanes.GreaterThan(m, TLanes.Create(1.41421356f));
        m = TLanes.Select(high, m * 0.5f, m);
        e = TLanes.Select(high, e + TLanes.Create(1f), e);

        var f = m - TLanes.Create(1f);
        var z = f * f;
        var p = TLanes.Create(7.0376836292e-2f);
        p = TLanes.FusedMultiplyAdd(p, f, -1.1514610310e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, 1.1676998740e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, -1.2420140846e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, 1.4249322787e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, -1.6668057665e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, 2.0000714765e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, -2.4999993993e-1f);
        p = TLanes.FusedMultiplyAdd(p, f, 3.3333331174e-1f);
        var y = p * f * z;
        y = TLanes.FusedMultiplyAdd(e, -2.12194440e-4f, y);
        y = TLanes.FusedMultiplyAdd(z, -0.5f, y);
        var result = TLanes.FusedMultiplyAdd(e, 0.693359375f, f + y);
        return Special<TLanes, float>(x, result);
    }

    /// <summary>
    /// ln x within 2 ulp, reduced as <see cref="LogSingle"/> (subnormals scaled by 2^54), with ln(1 + f) from
    /// fdlibm's <c>__ieee754_log</c>: s = f / (2 + f) and a degree-14 polynomial in s.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes LogDouble<TLanes>(TLanes x)
        where TLanes : struct, ILanes<TLanes, double>
    {
        var subnormal = TLanes.LessThan(x, TLanes.Create(SmallestNormalDouble));
        var scaled = TLanes.Select(subnormal, x * 18014398509481984d, x);
        var e = TLanes.Exponent(scaled) - TLanes.Select(subnormal, TLanes.Create(54d), TLanes.Zero);
        var m = TLanes.Significand(scaled);
        var high = TLanes.GreaterThan(m, TLanes.Create(1.4142135623730951d));
        m = TLanes.Select(high, m * 0.5d, m);
        e = TLanes.Select(high, e + TLanes.Create(1d), e);

        var f = m - TLanes.Create(1d);
        var s = f / (TLanes.Create(2d) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (TLanes.Create(3.999999999940941908e-01) + (w * (TLanes.Create(2.222219843214978396e-01) + (w * 1.531383769920937332e-01))));
        var t2 = z * (TLanes.Create(6.666666666666735130e-01)
            + (w * (TLanes.Create(2.857142874366239149e-01) + (w * (TLanes.Create(1.818357216161805012e-01) + (w * 1.479819860511658591e-01))))));
        var hfsq = TLanes.Create(0.5d) * f * f;
        var result = (e * Ln2HighDouble)
            - ((hfsq - ((s * (hfsq + (t2 + t1))) + (e * Ln2LowDouble))) - f);
        return Special<TLanes, double>(x, result);
    }

    /// <summary>The logarithm's special values: +inf at +inf, -inf at ±0, NaN below 0 and at NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TLanes Special<TLanes, T>(TLanes x, TLanes result)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        result = TLanes.Select(TLanes.Equal(x, TLanes.Create(T.PositiveInfinity)), TLanes.Create(T.PositiveInfinity), result);
        result = TLanes.Select(TLanes.Equal(x, TLanes.Zero), TLanes.Create(T.NegativeInfinity), result);
        return TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Zero), result, TLanes.Create(T.NaN));
    }
}
