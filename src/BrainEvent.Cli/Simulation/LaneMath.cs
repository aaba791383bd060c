using System.Runtime.CompilerServices;

namespace BrainEvent.Cli.Simulation;

/// <summary>Vector functions built from <see cref="IFloatLanes{TSelf}"/> operations, so they inline into the update loop.</summary>
internal static class LaneMath
{
    private const float Log2E = 1.44269504088896341f;

    // ln 2 split in two: the first part has few significant bits, so n * part is exact for the n that occur.
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;

    /// <summary>
    /// e^x for x in [-87, 88] (clamped outside), within about 2 ulp: with n = round(x / ln 2) and
    /// r = x - n ln 2 (|r| &lt;= ln 2 / 2), e^x = 2^n e^r, and e^r comes from Cephes' expf minimax polynomial.
    /// Written here rather than calling <c>Vector512.Exp</c> so that it inlines: the runtime's version is a
    /// separate generic method that starts slow (unoptimised) for the first few thousand steps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Exp<TLanes>(TLanes x)
        where TLanes : struct, IFloatLanes<TLanes>
    {
        x = TLanes.Min(TLanes.Max(x, TLanes.Create(-87f)), TLanes.Create(88f));
        var n = TLanes.Round(x * TLanes.Create(Log2E));
        var r = TLanes.MultiplyAdd(n, TLanes.Create(-Ln2High), x);
        r = TLanes.MultiplyAdd(n, TLanes.Create(-Ln2Low), r);
        var p = TLanes.Create(1.9875691500e-4f);
        p = TLanes.MultiplyAdd(p, r, TLanes.Create(1.3981999507e-3f));
        p = TLanes.MultiplyAdd(p, r, TLanes.Create(8.3334519073e-3f));
        p = TLanes.MultiplyAdd(p, r, TLanes.Create(4.1665795894e-2f));
        p = TLanes.MultiplyAdd(p, r, TLanes.Create(1.6666665459e-1f));
        p = TLanes.MultiplyAdd(p, r, TLanes.Create(5.0000001201e-1f));
        var er = TLanes.MultiplyAdd(p * r, r, r + TLanes.Create(1f));
        return TLanes.ScaleByPowerOfTwo(er, n);
    }
}
