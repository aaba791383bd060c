using System.Runtime.CompilerServices;

namespace BrainEvent.Generated;

/// <summary>
/// Exp and log built from <see cref="ILanes{TSelf, T}"/> operations only, so they inline into a kernel's loop
/// and give bitwise the same result at every width. Written here rather than calling <c>Vector512.Exp</c>
/// because the runtime's version is a separate generic method that starts slow (unoptimised) for the first few
/// thousand steps, and has no scalar twin with the same results.
/// </summary>
internal static partial class LaneMath
{
    private const float Log2ESingle = 1.44269504088896341f;

    // ln 2 split in two: the first part has few significant bits, so n * part is exact for the n that occur.
    private const float Ln2HighSingle = 0.693359375f;
    private const float Ln2LowSingle = -2.12194440e-4f;

    private const double Log2EDouble = 1.4426950408889634;
    private const double Ln2HighDouble = 6.93147180369123816490e-01;
    private const double Ln2LowDouble = 1.90821492927058770002e-10;

    /// <summary>
    /// e^x within 2 ulp: with n = round(x / ln 2) and r = x - n ln 2 (|r| &lt;= ln 2 / 2), e^x = 2^n e^r, and
    /// e^r = 1 + r + r^2 p(r) with Cephes' expf minimax polynomial p, summed as 1 + r (1 + r p): two FMAs where
    /// Cephes' order takes three operations, and closer (0.88 ulp at most against the double exp over [-87, 88.7]
    /// in 20 million points, Cephes' order 1.26). x is clamped to [-104, 89], past which the result is 0 or
    /// infinity anyway; a NaN passes the clamp (its comparisons are false) and gives NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes ExpSingle<TLanes>(TLanes x)
        where TLanes : struct, ILanes<TLanes, float>
    {
        x = TLanes.AtMost(TLanes.AtLeast(x, -104f), 89f);
        var n = TLanes.Round(x * Log2ESingle);
        var r = TLanes.FusedMultiplyAdd(n, -Ln2HighSingle, x);
        r = TLanes.FusedMultiplyAdd(n, -Ln2LowSingle, r);
        var p = TLanes.Create(1.9875691500e-4f);
        p = TLanes.FusedMultiplyAdd(p, r, 1.3981999507e-3f);
        p = TLanes.FusedMultiplyAdd(p, r, 8.3334519073e-3f);
        p = TLanes.FusedMultiplyAdd(p, r, 4.1665795894e-2f);
        p = TLanes.FusedMultiplyAdd(p, r, 1.6666665459e-1f);
        p = TLanes.FusedMultiplyAdd(p, r, 5.0000001201e-1f);
        var er = TLanes.FusedMultiplyAdd(TLanes.FusedMultiplyAdd(p, r, 1f), r, 1f);
        return TLanes.ScaleByPowerOfTwo(er, n);
    }

    /// <summary>
    /// e^x within 2 ulp, reduced as <see cref="ExpSingle"/> (fdlibm's two-part ln 2), with e^r from its Taylor
    /// series to r^13 / 13! (the next term is below 2^-57 for |r| &lt;= ln 2 / 2). x is clamped to [-746, 710].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes ExpDouble<TLanes>(TLanes x)
        where TLanes : struct, ILanes<TLanes, double>
    {
        x = TLanes.AtMost(TLanes.AtLeast(x, -746d), 710d);
        var n = TLanes.Round(x * Log2EDouble);
        var r = TLanes.FusedMultiplyAdd(n, -Ln2HighDouble, x);
        r = TLanes.FusedMultiplyAdd(n, -Ln2LowDouble, r);

        // p = sum over k >= 2 of r^(k - 2) / k!, so that e^r = 1 + r + r^2 p, summed as 1 + r (1 + r p) as in ExpSingle.
        var p = TLanes.Create(1d / 6227020800d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 479001600d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 39916800d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 3628800d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 362880d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 40320d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 5040d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 720d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 120d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 24d);
        p = TLanes.FusedMultiplyAdd(p, r, 1d / 6d);
        p = TLanes.FusedMultiplyAdd(p, r, 0.5d);
        var er = TLanes.FusedMultiplyAdd(TLanes.FusedMultiplyAdd(p, r, 1d), r, 1d);
        return TLanes.ScaleByPowerOfTwo(er, n);
    }
}
