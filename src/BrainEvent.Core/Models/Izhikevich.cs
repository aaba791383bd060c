using BrainEvent.Networks;

namespace BrainEvent.Models;

/// <summary>
/// The simple model of Izhikevich (2003), "Simple model of spiking neurons": V in mV, time in ms,
/// <c>dV/dt = 0.04 V^2 + 5 V + 140 - U + I</c>, <c>dU/dt = A (B V - U)</c>; when V reaches <c>VPeak</c>
/// (30 mV), <c>V = C</c> and <c>U += D</c>. No refractory period. Arriving spikes add their weight to V
/// (an instantaneous jump, as in the paper's network) or to U.
/// </summary>
/// <remarks>
/// Forward Euler on both variables from the values at the start of the step; V is clamped at <c>VPeak</c>,
/// so a spike shows its peak at <c>VPeak</c> whatever the step overshoots.
/// </remarks>
[NeuronModel]
public partial struct Izhikevich
{
    /// <summary>Membrane potential, mV.</summary>
    public float V;

    /// <summary>Recovery variable.</summary>
    public float U;

    /// <summary>Time scale (A) and sensitivity (B) of the recovery variable.</summary>
    [Shared]
    public float A, B;

    /// <summary>Reset potential (C, mV) and recovery jump (D) after a spike.</summary>
    [Shared]
    public float C, D;

    /// <summary>Constant input.</summary>
    [Shared]
    public float I;

    /// <summary>The spike peak, mV.</summary>
    [Shared]
    public float VPeak;

    /// <summary>
    /// The paper's regular-spiking excitatory cell: A = 0.02, B = 0.2, C = -65, D = 8, VPeak = 30, no input;
    /// V = -65 and U = B V.
    /// </summary>
    public static Izhikevich RegularSpiking => new() { V = -65, U = -13, A = 0.02f, B = 0.2f, C = -65, D = 8, I = 0, VPeak = 30 };

    /// <summary>The paper's fast-spiking inhibitory cell: A = 0.1, B = 0.2, C = -65, D = 2, VPeak = 30; V = -65, U = B V.</summary>
    public static Izhikevich FastSpiking => new() { V = -65, U = -13, A = 0.1f, B = 0.2f, C = -65, D = 2, I = 0, VPeak = 30 };

    /// <summary>One forward-Euler step of dt ms.</summary>
    public void Update(float dt)
    {
        float dv = (0.04f * V * V) + (5 * V) + 140 - U + I;
        float du = A * ((B * V) - U);
        V = MathF.Min(V + (dt * dv), VPeak);
        U += dt * du;
    }

    /// <summary>A spike at the peak.</summary>
    public readonly bool Threshold() => V >= VPeak;

    /// <summary>V to C, U up by D.</summary>
    public void Reset()
    {
        V = C;
        U += D;
    }
}
