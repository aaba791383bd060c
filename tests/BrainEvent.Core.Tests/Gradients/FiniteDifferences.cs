using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.GradientRules;

/// <summary>
/// Central differences in double precision. The products are bilinear, so a central difference has no
/// truncation error and differs from the exact derivative only by rounding: a relative 1e-6 is loose for
/// a correct rule and fails for a wrong one.
/// </summary>
public static class FiniteDifferences
{
    private const double Step = 1e-3;
    private const double Tolerance = 1e-6;

    /// <summary>The gradient of the scalar <paramref name="loss"/> at <paramref name="x"/>, one coordinate at a time.</summary>
    public static double[] Gradient(double[] x, Func<double[], double> loss)
    {
        var gradient = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[i] += Step;
            minus[i] -= Step;
            gradient[i] = (loss(plus) - loss(minus)) / (2 * Step);
        }

        return gradient;
    }

    /// <summary>The derivative of <paramref name="f"/> at step 0 along its argument, the step size.</summary>
    public static double[] Directional(Func<double, double[]> f)
    {
        var plus = f(Step);
        var minus = f(-Step);
        return plus.Select((p, i) => (p - minus[i]) / (2 * Step)).ToArray();
    }

    /// <summary><c>x + t * d</c>.</summary>
    public static double[] Along(double[] x, double[] d, double t) => x.Select((xi, i) => xi + (t * d[i])).ToArray();

    /// <summary>The sum of <c>a * b</c>.</summary>
    public static double Dot(double[] a, double[] b) => a.Select((ai, i) => ai * b[i]).Sum();

    /// <summary>
    /// Every element within <c>1e-6</c> of the largest magnitude of either side (a relative error in the
    /// infinity norm; elements near zero have no relative precision of their own).
    /// </summary>
    public static void AssertClose(double[] numeric, ReadOnlySpan<double> analytic, string what)
    {
        Assert.Equal(numeric.Length, analytic.Length);
        double magnitude = Math.Max(numeric.Select(Math.Abs).DefaultIfEmpty(0).Max(), MaxAbs(analytic));
        for (int i = 0; i < numeric.Length; i++)
        {
            if (!(Math.Abs(numeric[i] - analytic[i]) <= Tolerance * magnitude))
            {
                Assert.Fail($"{what}: element {i} is {analytic[i]}, the central difference gives {numeric[i]} (tolerance {Tolerance * magnitude}).");
            }
        }
    }

    public static double[] Flat(double[,] m) => Approx.Flat(m).ToArray();

    private static double MaxAbs(ReadOnlySpan<double> values)
    {
        double max = 0;
        foreach (double v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }
}
