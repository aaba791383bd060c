using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// Compares a fused result with the reference: NaN where the reference has NaN, the same infinities, and
/// finite values within 1e-5 (float) or 1e-12 (double) relative to the element or to the largest finite
/// reference value (sums in another order differ by rounding relative to their terms, not their total).
/// </summary>
public static class ResultComparer
{
    public static void AssertClose<T>(T[] expected, T[] actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.True(expected.Length == actual.Length, $"{what}: length {actual.Length}, expected {expected.Length}.");
        double tolerance = typeof(T) == typeof(float) ? 1e-5 : 1e-12;
        double scale = expected.Select(double.CreateTruncating).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        for (int i = 0; i < expected.Length; i++)
        {
            double e = double.CreateTruncating(expected[i]);
            double a = double.CreateTruncating(actual[i]);
            bool ok = double.IsNaN(e) ? double.IsNaN(a)
                : double.IsInfinity(e) ? a == e
                : double.IsFinite(a) && Math.Abs(a - e) <= tolerance * (Math.Abs(e) + scale);
            Assert.True(ok, $"{what}: element {i} is {a}, expected {e}.");
        }
    }

    public static void AssertBitwiseEqual<T>(T[] expected, T[] actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.True(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes<T>(expected).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes<T>(actual)),
            $"{what}: the results differ bit for bit.");
    }
}
