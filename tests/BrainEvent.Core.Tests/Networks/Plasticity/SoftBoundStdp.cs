using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Plasticity;

/// <summary>
/// A rule written by hand against <see cref="IPlasticityRule{T}"/>: soft-bounded STDP, where depression is
/// proportional to the weight and potentiation to the room left below <see cref="WMax"/>, so no clipping.
/// </summary>
internal readonly record struct SoftBoundStdp(float WMax) : IPlasticityRule<float>
{
    public PlasticityTraces Traces => new(TauPre: 2, TauPost: 3, APlus: 0.05, AMinus: -0.06);

    public float OnPre(float w, float postTrace) => w + (postTrace * w);

    public float OnPost(float w, float preTrace) => w + (preTrace * (WMax - w));
}
