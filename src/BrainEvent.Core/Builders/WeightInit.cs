using System.Globalization;
using System.Numerics;

namespace BrainEvent;

/// <summary>
/// How the random connectivity builders give each connection its own weight: a constant, a uniform or a
/// normal draw. Each row draws its weights from its own stream, after its indices, in ascending index
/// order; values are computed in <see cref="double"/> and rounded to the element type.
/// </summary>
public sealed class WeightInit
{
    private readonly Distribution _distribution;
    private readonly double _a;
    private readonly double _b;

    private WeightInit(Distribution distribution, double a, double b)
    {
        _distribution = distribution;
        _a = a;
        _b = b;
    }

    private enum Distribution
    {
        Constant,
        Uniform,
        Normal,
    }

    /// <summary>Every connection gets <paramref name="value"/>, stored per connection (not homogeneous).</summary>
    public static WeightInit Constant(double value) => new(Distribution.Constant, value, 0);

    /// <summary>Weights uniform in <c>[low, high)</c>.</summary>
    /// <exception cref="ArgumentException">The bounds are not finite, or <paramref name="low"/> is not below <paramref name="high"/>.</exception>
    public static WeightInit Uniform(double low, double high)
    {
        RequireFinite(low, nameof(low));
        RequireFinite(high, nameof(high));
        if (!(low < high) || !double.IsFinite(high - low))
        {
            throw new ArgumentException(
                $"high must be above low with a finite difference; got low = {Format(low)}, high = {Format(high)}.", nameof(high));
        }

        return new(Distribution.Uniform, low, high);
    }

    /// <summary>
    /// Weights from a normal distribution with the given <paramref name="mean"/> and standard deviation
    /// <paramref name="std"/>, by the polar Box-Muller method (see <see cref="Xoshiro256StarStar.NextNormal"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A parameter is not finite, or <paramref name="std"/> is negative.</exception>
    public static WeightInit Normal(double mean, double std)
    {
        RequireFinite(mean, nameof(mean));
        RequireFinite(std, nameof(std));
        if (std < 0)
        {
            throw new ArgumentException($"std must be zero or positive; got {Format(std)}.", nameof(std));
        }

        return new(Distribution.Normal, mean, std);
    }

    /// <inheritdoc />
    public override string ToString() => _distribution switch
    {
        Distribution.Constant => $"Constant({Format(_a)})",
        Distribution.Uniform => $"Uniform({Format(_a)}, {Format(_b)})",
        _ => $"Normal({Format(_a)}, {Format(_b)})",
    };

    /// <summary>
    /// Checks the draws can be rounded into <typeparamref name="T"/> as promised: a uniform interval whose
    /// ends round to the same <typeparamref name="T"/> (such as [0, 1e-60) in float) holds no value of it
    /// below its upper end.
    /// </summary>
    /// <exception cref="ArgumentException">The interval is empty in <typeparamref name="T"/>.</exception>
    internal void RequireDrawableIn<T>(string paramName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (_distribution == Distribution.Uniform && !(T.CreateTruncating(_a) < T.CreateTruncating(_b)))
        {
            throw new ArgumentException(
                $"{this} holds no {typeof(T).Name} value: both ends round to {T.CreateTruncating(_a).ToString(null, CultureInfo.InvariantCulture)} in {typeof(T).Name}.",
                paramName);
        }
    }

    /// <summary>Fills one row's weights from the row's stream.</summary>
    internal void Fill<T>(Span<T> weights, ref Xoshiro256StarStar random)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (_distribution)
        {
            case Distribution.Constant:
                weights.Fill(T.CreateTruncating(_a));
                break;
            case Distribution.Uniform:
                FillUniform(weights, ref random);
                break;
            default:
                for (int k = 0; k < weights.Length; k++)
                {
                    weights[k] = T.CreateTruncating(_a + (_b * random.NextNormal()));
                }

                break;
        }
    }

    private void FillUniform<T>(Span<T> weights, ref Xoshiro256StarStar random)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Rounding (in double, then to T) can land exactly on high; the largest T below it keeps the interval half-open.
        T high = T.CreateTruncating(_b);
        T belowHigh = T.BitDecrement(high);
        for (int k = 0; k < weights.Length; k++)
        {
            T w = T.CreateTruncating(_a + ((_b - _a) * random.NextDouble()));
            weights[k] = w < high ? w : belowHigh;
        }
    }

    private static void RequireFinite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{paramName} must be finite; got {Format(value)}.", paramName);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
