using BrainEvent.Networks;

namespace BrainEvent.Models;

/// <summary>
/// Current-based leaky integrate-and-fire (CUBA), Brette et al. (2007)'s current-based benchmark after Vogels
/// and Abbott (2005): potentials in mV, times in ms, <c>TauM dV/dt = VRest + I + Ge + Gi - V</c> with the
/// synaptic currents <c>Ge</c> and <c>Gi</c> in mV decaying with <c>TauE</c> and <c>TauI</c>, a spike at
/// <c>V &gt;= VTh</c>, then V at <c>VReset</c> and held there for 5 ms. Arriving spikes add their weight
/// (mV, negative for inhibition) to <c>Ge</c> or <c>Gi</c>.
/// </summary>
/// <remarks>
/// With the currents held over a step, <c>V = V_inf + (V - V_inf) exp(-dt / TauM)</c> with
/// <c>V_inf = VRest + I + Ge + Gi</c>, exactly; then the currents decay exactly.
/// </remarks>
[NeuronModel(RefractoryPeriod = 5.0)]
public partial struct CubaLif
{
    /// <summary>Membrane potential, mV; held while refractory.</summary>
    [UnlessRefractory]
    public float V;

    /// <summary>Excitatory synaptic current, mV.</summary>
    public float Ge;

    /// <summary>Inhibitory synaptic current, mV (negative).</summary>
    public float Gi;

    /// <summary>Resting potential, threshold and reset, mV.</summary>
    [Shared]
    public float VRest, VTh, VReset;

    /// <summary>Membrane and synaptic time constants, ms.</summary>
    [Shared]
    public float TauM, TauE, TauI;

    /// <summary>Constant input, mV.</summary>
    [Shared]
    public float I;

    /// <summary>
    /// The benchmark's parameters: VRest = -49 (above threshold, so neurons fire without input), VTh = -50,
    /// VReset = -60, TauM = 20, TauE = 5, TauI = 10, I = 0; V at reset, no current.
    /// </summary>
    public static CubaLif Benchmark => new()
    {
        V = -60,
        VRest = -49,
        VTh = -50,
        VReset = -60,
        TauM = 20,
        TauE = 5,
        TauI = 10,
        I = 0,
    };

    /// <summary>One exact step of dt ms of the membrane with the currents held, then their decay.</summary>
    public void Update(float dt)
    {
        float vInf = VRest + I + Ge + Gi;
        V = MathF.FusedMultiplyAdd(V - vInf, MathF.Exp(-dt / TauM), vInf);
        Ge *= MathF.Exp(-dt / TauE);
        Gi *= MathF.Exp(-dt / TauI);
    }

    /// <summary>A spike when V reaches the threshold.</summary>
    public readonly bool Threshold() => V >= VTh;

    /// <summary>V back to reset.</summary>
    public void Reset() => V = VReset;
}
