using BrainEvent.Networks;

namespace BrainEvent.Models;

/// <summary>
/// Conductance-based leaky integrate-and-fire (COBA), the neuron of the balanced network of Vogels and Abbott
/// (2005) as used in the simulator benchmarks of Brette et al. (2007): potentials in mV, times in ms,
/// conductances relative to the leak, <c>TauM dV/dt = (VRest - V) + Ge (EE - V) + Gi (EI - V) + I</c>,
/// <c>dGe/dt = -Ge / TauE</c>, <c>dGi/dt = -Gi / TauI</c>, a spike at <c>V &gt;= VTh</c>, then V at
/// <c>VReset</c> and held there for 5 ms. Arriving spikes add their weight to <c>Ge</c> or <c>Gi</c>.
/// </summary>
/// <remarks>
/// With the conductances held over a step the membrane equation is linear, so V is advanced exactly:
/// <c>V_inf = (VRest + I + Ge EE + Gi EI) / (1 + Ge + Gi)</c>, <c>V = V_inf + (V - V_inf) exp(-dt (1 + Ge + Gi) / TauM)</c>;
/// then the conductances decay exactly. The update is written with fused multiply-adds and <c>-dt / TauM</c>
/// folded into one per-step constant, which the generator computes once per call.
/// </remarks>
[NeuronModel(RefractoryPeriod = 5.0)]
public partial struct CobaLif
{
    /// <summary>Membrane potential, mV; held while refractory.</summary>
    [UnlessRefractory]
    public float V;

    /// <summary>Excitatory conductance, relative to the leak.</summary>
    public float Ge;

    /// <summary>Inhibitory conductance, relative to the leak.</summary>
    public float Gi;

    /// <summary>Resting potential (the leak's reversal), threshold and reset, mV.</summary>
    [Shared]
    public float VRest, VTh, VReset;

    /// <summary>Membrane and synaptic time constants, ms.</summary>
    [Shared]
    public float TauM, TauE, TauI;

    /// <summary>Reversal potentials of the excitatory and inhibitory conductances, mV.</summary>
    [Shared]
    public float EE, EI;

    /// <summary>Constant input, mV (relative to the leak).</summary>
    [Shared]
    public float I;

    /// <summary>
    /// The benchmark's parameters (as in brainpy/brainevent's COBA example): VRest = VReset = -60, VTh = -50,
    /// TauM = 20, TauE = 5, TauI = 10, EE = 0, EI = -80, I = 20; V at rest, no conductance.
    /// </summary>
    public static CobaLif Benchmark => new()
    {
        V = -60,
        VRest = -60,
        VTh = -50,
        VReset = -60,
        TauM = 20,
        TauE = 5,
        TauI = 10,
        EE = 0,
        EI = -80,
        I = 20,
    };

    /// <summary>One exact step of dt ms of the membrane with the conductances held, then their decay.</summary>
    public void Update(float dt)
    {
        float total = 1 + Ge + Gi;
        float vInf = MathF.FusedMultiplyAdd(Gi, EI, MathF.FusedMultiplyAdd(Ge, EE, VRest + I)) / total;
        V = MathF.FusedMultiplyAdd(V - vInf, MathF.Exp(total * (-dt / TauM)), vInf);
        Ge *= MathF.Exp(-dt / TauE);
        Gi *= MathF.Exp(-dt / TauI);
    }

    /// <summary>A spike when V reaches the threshold.</summary>
    public readonly bool Threshold() => V >= VTh;

    /// <summary>V back to reset.</summary>
    public void Reset() => V = VReset;
}
