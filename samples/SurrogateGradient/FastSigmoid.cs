namespace SurrogateGradientSample;

/// <summary>
/// The surrogate derivative of the spike function <c>s = H(v - threshold)</c>: the derivative of a fast
/// sigmoid, <c>1 / (1 + k |x|)^2</c> (Zenke and Ganguli's SuperSpike). The step function's own derivative is
/// zero almost everywhere, which would stop every gradient at the spikes.
/// </summary>
internal static class FastSigmoid
{
    private const float Sharpness = 5f;

    public static float Derivative(float x)
    {
        float denominator = 1 + (Sharpness * MathF.Abs(x));
        return 1 / (denominator * denominator);
    }
}
