using BrainEvent;

namespace SurrogateGradientSample;

/// <summary>
/// Leaky integrate-and-fire neurons driven by input spikes and by their own spikes of the previous step,
/// read out by leaky integrators: per step <c>t</c>
/// <code>
/// v[t] = decay * v[t-1] + x[t] @ Input + s[t-1] @ Recurrent - threshold * s[t-1]   (reset by subtraction)
/// s[t] = v[t] >= threshold
/// o[t] = readoutDecay * o[t-1] + s[t] @ Readout
/// </code>
/// All three weight matrices are heterogeneous <see cref="FixedPostNumConn{T}"/>s, so every synaptic step is
/// an event product, and backpropagation through time runs on the library's gradient rules.
/// </summary>
internal sealed class SpikingNetwork
{
    private const float Threshold = 1f;
    private static readonly float MembraneDecay = MathF.Exp(-1 / 20f);
    private static readonly float ReadoutDecay = MathF.Exp(-1 / 10f);

    private readonly float[][] _potential;
    private readonly bool[][] _spikes;
    private readonly float[][] _output;
    private readonly bool[] _silent;

    public SpikingNetwork(int inputs, int neurons, int outputs, int steps, ulong seed)
    {
        Input = FixedPostNumConn<float>.Random(inputs, neurons, nConn: 40, WeightInit.Normal(0.15, 0.1), seed);
        Recurrent = FixedPostNumConn<float>.Random(neurons, neurons, nConn: 20, WeightInit.Normal(0, 0.1), seed + 1, allowSelfConnections: false);
        Readout = FixedPostNumConn<float>.Random(neurons, outputs, nConn: outputs, WeightInit.Normal(0, 0.1), seed + 2);
        _potential = Trial<float>(steps, neurons);
        _spikes = Trial<bool>(steps, neurons);
        _output = Trial<float>(steps, outputs);
        _silent = new bool[neurons];
    }

    public FixedPostNumConn<float> Input { get; private set; }

    public FixedPostNumConn<float> Recurrent { get; private set; }

    public FixedPostNumConn<float> Readout { get; private set; }

    /// <summary>The mean number of spikes per neuron and step in the last trial.</summary>
    public double Rate => _spikes.Average(step => step.Average(s => s ? 1.0 : 0.0));

    /// <summary>Runs one trial, keeping every step's state for <see cref="Backward"/>; returns the mean squared error.</summary>
    public float Forward(PatternTask task)
    {
        var input = new float[Input.NumPost];
        var recurrent = new float[Recurrent.NumPost];
        var readout = new float[Readout.NumPost];
        float loss = 0;
        for (int t = 0; t < task.Steps; t++)
        {
            var previous = t > 0 ? _spikes[t - 1] : _silent;
            Input.VecMat(task.Inputs[t], input);
            Recurrent.VecMat(previous, recurrent);
            for (int i = 0; i < input.Length; i++)
            {
                float before = t > 0 ? _potential[t - 1][i] : 0;
                _potential[t][i] = (MembraneDecay * before) + input[i] + recurrent[i] - (previous[i] ? Threshold : 0);
                _spikes[t][i] = _potential[t][i] >= Threshold;
            }

            Readout.VecMat(_spikes[t], readout);
            for (int k = 0; k < readout.Length; k++)
            {
                float before = t > 0 ? _output[t - 1][k] : 0;
                _output[t][k] = (ReadoutDecay * before) + readout[k];
                float error = _output[t][k] - task.Targets[t][k];
                loss += error * error;
            }
        }

        return loss / (task.Steps * readout.Length);
    }

    /// <summary>
    /// Backpropagation through time over the last trial: the gradient of its loss with respect to the three
    /// weight matrices. Spikes pass gradients through the surrogate derivative; the reset is not
    /// differentiated (a common choice that keeps the gradient stable).
    /// </summary>
    public (float[] Input, float[] Recurrent, float[] Readout) Backward(PatternTask task)
    {
        var (dInput, dRecurrent, dReadout) = (new float[Input.Nse], new float[Recurrent.Nse], new float[Readout.Nse]);
        var (stepInput, stepRecurrent, stepReadout) = (new float[Input.Nse], new float[Recurrent.Nse], new float[Readout.Nse]);
        var dOutput = new float[Readout.NumPost];      // dL/do[t], carried back through the readout's decay
        var dPotential = new float[Recurrent.NumPost]; // dL/dv[t], carried back through the membrane's decay
        var fromReadout = new float[Recurrent.NumPost];
        var fromNextStep = new float[Recurrent.NumPost]; // dL/ds[t] through s[t] @ Recurrent at step t + 1
        var unusedInput = new float[Input.NumPre];     // the input spikes are data: their gradient is dropped
        float scale = 2f / (task.Steps * dOutput.Length);
        for (int t = task.Steps - 1; t >= 0; t--)
        {
            for (int k = 0; k < dOutput.Length; k++)
            {
                dOutput[k] = (scale * (_output[t][k] - task.Targets[t][k])) + (ReadoutDecay * dOutput[k]);
            }

            Gradients.VecMatVjp(Readout, _spikes[t], dOutput, stepReadout, fromReadout);
            Accumulate(dReadout, stepReadout);

            for (int i = 0; i < dPotential.Length; i++)
            {
                float dSpike = fromReadout[i] + fromNextStep[i];
                dPotential[i] = (dSpike * FastSigmoid.Derivative(_potential[t][i] - Threshold)) + (MembraneDecay * dPotential[i]);
            }

            // v[t] received x[t] @ Input and s[t-1] @ Recurrent: their cotangent is dL/dv[t].
            Gradients.VecMatVjp(Input, task.Inputs[t], dPotential, stepInput, unusedInput);
            Accumulate(dInput, stepInput);
            if (t > 0)
            {
                Gradients.VecMatVjp(Recurrent, _spikes[t - 1], dPotential, stepRecurrent, fromNextStep);
                Accumulate(dRecurrent, stepRecurrent);
            }
        }

        return (dInput, dRecurrent, dReadout);
    }

    /// <summary>New weights on the same connectivity.</summary>
    public void Update(float[] input, float[] recurrent, float[] readout)
    {
        Input = Input.WithData(input);
        Recurrent = Recurrent.WithData(recurrent);
        Readout = Readout.WithData(readout);
    }

    private static void Accumulate(float[] total, float[] step)
    {
        for (int i = 0; i < total.Length; i++)
        {
            total[i] += step[i];
        }
    }

    private static TItem[][] Trial<TItem>(int steps, int width) => Enumerable.Range(0, steps).Select(_ => new TItem[width]).ToArray();
}
