using System.Numerics;

namespace BrainEvent.Networks;

/// <summary>What a <see cref="PlasticProjection{T}"/> reads of its runtime, whatever the rule.</summary>
internal interface IPlasticState<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The number of synapses.</summary>
    int Synapses { get; }

    /// <summary>The current weights in delivery order.</summary>
    ReadOnlySpan<T> Weights { get; }

    /// <summary>The post traces as the last step left them.</summary>
    ReadOnlySpan<T> PostTraces { get; }

    /// <summary>The pre traces of the last slot done (that of step <paramref name="nextStep"/> - 1).</summary>
    ReadOnlySpan<T> PreTraces(long nextStep);
}
