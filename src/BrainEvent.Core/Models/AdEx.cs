using BrainEvent.Networks;

namespace BrainEvent.Models;

/// <summary>
/// The adaptive exponential integrate-and-fire neuron of Brette and Gerstner (2005): V in mV, time in ms,
/// capacitance in pF, conductances in nS, currents in pA,
/// <c>C dV/dt = -GL (V - EL) + GL DeltaT exp((V - VT) / DeltaT) - W + I</c>, <c>TauW dW/dt = A (V - EL) - W</c>;
/// when V reaches <c>VPeak</c>, <c>V = VReset</c> and <c>W += B</c>. No refractory period. Arriving spikes add
/// their weight to V (mV) or W (pA).
/// </summary>
/// <remarks>
/// Forward Euler on both variables from the values at the start of the step; V is clamped at <c>VPeak</c>
/// (past threshold the exponential term makes V diverge within a step or two).
/// </remarks>
[NeuronModel]
public partial struct AdEx
{
    /// <summary>Membrane potential, mV.</summary>
    public float V;

    /// <summary>Adaptation current, pA.</summary>
    public float W;

    /// <summary>Capacitance (pF) and leak conductance (nS).</summary>
    [Shared]
    public float C, GL;

    /// <summary>Leak reversal, threshold and slope factor of the exponential, mV.</summary>
    [Shared]
    public float EL, VT, DeltaT;

    /// <summary>Adaptation time constant (ms), subthreshold adaptation (nS) and spike-triggered jump (pA).</summary>
    [Shared]
    public float TauW, A, B;

    /// <summary>Reset and peak potentials, mV.</summary>
    [Shared]
    public float VReset, VPeak;

    /// <summary>Constant input current, pA.</summary>
    [Shared]
    public float I;

    /// <summary>
    /// The paper's parameters (a pyramidal cell): C = 281, GL = 30, EL = -70.6, VT = -50.4, DeltaT = 2, TauW = 144,
    /// A = 4, B = 80.5, VReset = EL, VPeak = 20, no input; V at EL, W = 0.
    /// </summary>
    public static AdEx BretteGerstner => new()
    {
        V = -70.6f,
        W = 0,
        C = 281,
        GL = 30,
        EL = -70.6f,
        VT = -50.4f,
        DeltaT = 2,
        TauW = 144,
        A = 4,
        B = 80.5f,
        VReset = -70.6f,
        VPeak = 20,
        I = 0,
    };

    /// <summary>One forward-Euler step of dt ms.</summary>
    public void Update(float dt)
    {
        float dv = ((-GL * (V - EL)) + (GL * DeltaT * MathF.Exp((V - VT) / DeltaT)) - W + I) / C;
        float dw = ((A * (V - EL)) - W) / TauW;
        V = MathF.Min(V + (dt * dv), VPeak);
        W += dt * dw;
    }

    /// <summary>A spike at the peak.</summary>
    public readonly bool Threshold() => V >= VPeak;

    /// <summary>V to reset, W up by B.</summary>
    public void Reset()
    {
        V = VReset;
        W += B;
    }
}
