namespace SurrogateGradientSample;

/// <summary>
/// The toy task: from a frozen pattern of input spikes, produce target traces, one sine of 1, 2, ...
/// periods over the trial per output. The same trial is presented every epoch.
/// </summary>
internal sealed class PatternTask
{
    public PatternTask(int steps, int inputs, int outputs, double inputRate, int seed)
    {
        var random = new Random(seed);
        Inputs = new bool[steps][];
        Targets = new float[steps][];
        for (int t = 0; t < steps; t++)
        {
            Inputs[t] = new bool[inputs];
            for (int i = 0; i < inputs; i++)
            {
                Inputs[t][i] = random.NextDouble() < inputRate;
            }

            Targets[t] = new float[outputs];
            for (int k = 0; k < outputs; k++)
            {
                Targets[t][k] = 0.5f * MathF.Sin(2 * MathF.PI * (k + 1) * t / steps);
            }
        }
    }

    /// <summary>The input spikes of each step.</summary>
    public bool[][] Inputs { get; }

    /// <summary>The target value of each output at each step.</summary>
    public float[][] Targets { get; }

    public int Steps => Inputs.Length;

    /// <summary>The loss of an output that stays at zero, the mean squared target: what a useless network scores.</summary>
    public float SilentLoss => Targets.Average(step => step.Average(y => y * y));
}
