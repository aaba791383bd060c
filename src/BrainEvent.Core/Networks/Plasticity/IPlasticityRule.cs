using System.Numerics;

namespace BrainEvent.Networks;

/// <summary>
/// A trace-based plasticity rule for
/// <see cref="Network.Connect{T, TRule}(PopulationView, PopulationView, FixedNumConn{T}, string, TRule, double)"/>:
/// the runtime keeps the traces (<see cref="Traces"/>: one per pre- and one per post-synaptic neuron,
/// decaying exponentially, incremented by their neuron's spikes) and calls the rule's two scalar weight
/// updates per synapse, in the order <see cref="PairStdp"/> documents. Implement it on a small struct
/// whose fields are the rule's parameters; the runtime's loops are specialised for the struct, so the calls
/// are inlined.
/// </summary>
/// <typeparam name="T">The weights' element type.</typeparam>
public interface IPlasticityRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The traces' time constants and increments.</summary>
    PlasticityTraces Traces { get; }

    /// <summary>A synapse's new weight when its pre-synaptic spike arrives (after delivering <paramref name="w"/>), from its post neuron's trace.</summary>
    T OnPre(T w, T postTrace);

    /// <summary>A synapse's new weight when its post-synaptic neuron spikes (after that trace's increment), from its pre neuron's trace.</summary>
    T OnPost(T w, T preTrace);
}

/// <summary>
/// The traces of a plasticity rule: each pre-synaptic trace decays with <paramref name="TauPre"/> (ms) and
/// grows by <paramref name="APlus"/> at each arriving spike of its neuron; each post-synaptic trace decays with
/// <paramref name="TauPost"/> and grows by <paramref name="AMinus"/> at each spike of its neuron.
/// </summary>
public readonly record struct PlasticityTraces(double TauPre, double TauPost, double APlus, double AMinus)
{
    /// <summary>Throws unless the time constants are positive and finite and the increments finite.</summary>
    internal void Validate(string paramName)
    {
        if (!(TauPre > 0) || double.IsInfinity(TauPre) || !(TauPost > 0) || double.IsInfinity(TauPost))
        {
            throw new ArgumentException(FormattableString.Invariant($"{paramName}.TauPre and TauPost must be positive, finite times in ms; got {TauPre} and {TauPost}."), paramName);
        }

        if (!double.IsFinite(APlus) || !double.IsFinite(AMinus))
        {
            throw new ArgumentException(FormattableString.Invariant($"{paramName}.APlus and AMinus must be finite; got {APlus} and {AMinus}."), paramName);
        }
    }
}
