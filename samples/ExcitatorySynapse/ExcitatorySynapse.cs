using BrainEvent;

namespace ExcitatorySynapseSample;

/// <summary>
/// Excitatory synapses with 80 targets per neuron: each stored weight is scaled by <see cref="Gain"/> and
/// capped at 1 inside the generated kernels, so the transformed matrix is never built.
/// </summary>
[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 80, 100 })]
public partial class ExcitatorySynapse
{
    /// <summary>Scales every weight before the cap.</summary>
    public float Gain { get; init; } = 1f;

    [WeightTransform]
    private float Weight(float w) => MathF.Min(w * Gain, 1f);
}
