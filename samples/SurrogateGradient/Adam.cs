namespace SurrogateGradientSample;

/// <summary>The Adam optimiser (Kingma and Ba, 2015) for one array of parameters.</summary>
internal sealed class Adam(int count, float learningRate)
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    private readonly float[] _mean = new float[count];
    private readonly float[] _variance = new float[count];
    private int _step;

    /// <summary>New parameters, one step from <paramref name="parameters"/> against <paramref name="gradient"/>.</summary>
    public float[] Step(ReadOnlySpan<float> parameters, ReadOnlySpan<float> gradient)
    {
        _step++;
        float meanCorrection = 1 - MathF.Pow(Beta1, _step);
        float varianceCorrection = 1 - MathF.Pow(Beta2, _step);
        var updated = new float[parameters.Length];
        for (int i = 0; i < updated.Length; i++)
        {
            _mean[i] = (Beta1 * _mean[i]) + ((1 - Beta1) * gradient[i]);
            _variance[i] = (Beta2 * _variance[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
            float mean = _mean[i] / meanCorrection;
            float variance = _variance[i] / varianceCorrection;
            updated[i] = parameters[i] - (learningRate * mean / (MathF.Sqrt(variance) + Epsilon));
        }

        return updated;
    }
}
