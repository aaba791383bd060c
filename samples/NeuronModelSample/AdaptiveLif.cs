using BrainEvent.Networks;

namespace NeuronModelSample;

/// <summary>
/// A leaky integrate-and-fire neuron with spike-frequency adaptation and current synapses, potentials in mV and
/// times in ms: <c>TauM dV/dt = VRest + Drive + Ge + Gi - A - V</c> by forward Euler, the adaptation A and the
/// synaptic currents Ge and Gi decaying exactly; a spike at <c>V &gt; VTh</c> resets V and raises A by
/// <c>Jump</c>. V is held for 2 ms after a spike.
/// </summary>
[NeuronModel(RefractoryPeriod = 2.0)]
public partial struct AdaptiveLif
{
    /// <summary>Membrane potential.</summary>
    [UnlessRefractory]
    public float V;

    /// <summary>Adaptation, subtracted from the drive.</summary>
    public float A;

    /// <summary>Excitatory and inhibitory synaptic currents (mV): spikes add their weights here.</summary>
    public float Ge, Gi;

    /// <summary>Membrane, adaptation and synaptic time constants.</summary>
    [Shared]
    public float TauM, TauA, TauSyn;

    /// <summary>Resting potential, threshold, reset, constant drive and adaptation jump.</summary>
    [Shared]
    public float VRest, VTh, VReset, Drive, Jump;

    /// <summary>One step of dt ms for this neuron.</summary>
    public void Update(float dt)
    {
        V += dt / TauM * (VRest + Drive + Ge + Gi - A - V);
        A *= MathF.Exp(-dt / TauA);     // the same for every neuron: the generated kernel computes it once per step
        Ge *= MathF.Exp(-dt / TauSyn);
        Gi *= MathF.Exp(-dt / TauSyn);
    }

    /// <summary>A spike above threshold.</summary>
    public readonly bool Threshold() => V > VTh;

    /// <summary>Back to reset, adapted a little more.</summary>
    public void Reset()
    {
        V = VReset;
        A += Jump;
    }
}
