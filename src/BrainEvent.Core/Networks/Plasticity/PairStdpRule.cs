using System.Numerics;
using BrainEvent.Plasticity;

namespace BrainEvent.Networks;

/// <summary><see cref="PairStdp"/> as the runtime runs it: both updates add the trace and clip to the bounds.</summary>
internal readonly struct PairStdpRule<T>(PairStdp rule) : IPlasticityRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly WeightBounds<T> _bounds = WeightBounds<T>.Create(T.CreateTruncating(rule.WMin), T.CreateTruncating(rule.WMax));

    public PlasticityTraces Traces { get; } = rule.Traces;

    public T OnPre(T w, T postTrace) => _bounds.Clip(w + postTrace);

    public T OnPost(T w, T preTrace) => _bounds.Clip(w + preTrace);
}
