namespace BrainEvent.Tests.Models;

/// <summary>
/// A neuron model's equations run one neuron at a time in plain loops, with refractoriness as Brian2 counts it
/// (written from the definition, not from the runtime's countdown): a neuron that spiked in step <c>s</c> keeps
/// its held fields through steps <c>s + 1</c> to <c>s + refractorySteps - 1</c> and cannot spike in them.
/// </summary>
/// <param name="Update">One step of dt ms of one neuron's state fields, in declaration order.</param>
/// <param name="Threshold">Whether the state after <paramref name="Update"/> is a spike.</param>
/// <param name="Reset">The state after a spike.</param>
internal sealed record ScalarReference(Action<float[], float> Update, Func<float[], bool> Threshold, Action<float[]> Reset)
{
    /// <summary>
    /// Runs <paramref name="steps"/> steps of every neuron from <paramref name="initial"/> (<c>[field][neuron]</c>);
    /// returns the spikes as (step, neuron) in step-then-neuron order and every field after every step,
    /// <c>[step, field, neuron]</c>.
    /// </summary>
    public (List<(int Step, int Neuron)> Spikes, float[,,] States) Run(float[][] initial, int steps, float dt, int refractorySteps, int[] heldFields)
    {
        int fields = initial.Length, neurons = initial[0].Length;
        var states = new float[steps, fields, neurons];
        var spikes = new List<(int, int)>();
        var lastSpike = Enumerable.Repeat(int.MinValue / 2, neurons).ToArray();
        var x = new float[fields];
        var current = initial.Select(f => f.ToArray()).ToArray();
        for (int k = 0; k < steps; k++)
        {
            for (int n = 0; n < neurons; n++)
            {
                for (int f = 0; f < fields; f++)
                {
                    x[f] = current[f][n];
                }

                Update(x, dt);
                bool refractory = k - lastSpike[n] < refractorySteps;
                if (refractory)
                {
                    foreach (int f in heldFields)
                    {
                        x[f] = current[f][n];
                    }
                }
                else if (Threshold(x))
                {
                    Reset(x);
                    lastSpike[n] = k;
                    spikes.Add((k, n));
                }

                for (int f = 0; f < fields; f++)
                {
                    current[f][n] = x[f];
                    states[k, f, n] = x[f];
                }
            }
        }

        return (spikes, states);
    }
}
