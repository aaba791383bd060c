using BrainEvent;
using BrainEvent.Networks;

namespace AotSample;

/// <summary>A synapse whose weight transform the generator compiles into the kernels.</summary>
[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 20 })]
public partial class ClippedSynapse
{
    /// <summary>The weight gain.</summary>
    public float Gain { get; init; } = 1.5f;

    [WeightTransform]
    private float Weight(float w) => MathF.Min(w * Gain, 0.02f);
}

/// <summary>A leaky integrate-and-fire neuron with an exponentially decaying input current.</summary>
[NeuronModel(RefractoryPeriod = 2.0)]
public partial struct Lif
{
    /// <summary>The membrane potential.</summary>
    [UnlessRefractory]
    public float V;

    /// <summary>The synaptic input.</summary>
    public float I;

    /// <summary>The membrane time constant, ms.</summary>
    [Shared]
    public float TauM;

    /// <summary>The constant drive.</summary>
    [Shared]
    public float Drive;

    /// <summary>One step of dt ms.</summary>
    public void Update(float dt)
    {
        V += dt / TauM * (Drive + I - V);
        I *= 0.9f;
    }

    /// <summary>Spikes at 1.</summary>
    public readonly bool Threshold() => V >= 1f;

    /// <summary>Back to rest.</summary>
    public void Reset() => V = 0f;
}
