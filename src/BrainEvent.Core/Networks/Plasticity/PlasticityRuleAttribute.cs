namespace BrainEvent.Networks;

/// <summary>
/// Marks a <see langword="partial"/> struct as a plasticity rule: the BrainEvent source generator implements
/// <see cref="IPlasticityRule{T}"/> for it, with <see cref="IPlasticityRule{T}.Traces"/> from this attribute's
/// values, so that the struct can be passed as <c>plasticity:</c> to <c>Network.Connect</c>.
/// </summary>
/// <remarks>
/// The struct's fields are the rule's parameters. It declares the two scalar weight updates as public instance
/// methods <c>T OnPre(T w, T postTrace)</c> and <c>T OnPost(T w, T preTrace)</c>, with <c>T</c> the same
/// <see cref="float"/> or <see cref="double"/> in both; the runtime calls them per synapse, inlined.
/// </remarks>
/// <param name="tauPre">The time constant of the pre-synaptic trace in ms (positive, finite).</param>
/// <param name="tauPost">The time constant of the post-synaptic trace in ms (positive, finite).</param>
/// <param name="aPlus">What each spike of a pre-synaptic neuron adds to its trace (finite).</param>
/// <param name="aMinus">What each spike of a post-synaptic neuron adds to its trace (finite).</param>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class PlasticityRuleAttribute(double tauPre, double tauPost, double aPlus, double aMinus) : Attribute
{
    /// <summary>The time constant of the pre-synaptic trace in ms.</summary>
    public double TauPre { get; } = tauPre;

    /// <summary>The time constant of the post-synaptic trace in ms.</summary>
    public double TauPost { get; } = tauPost;

    /// <summary>What each spike of a pre-synaptic neuron adds to its trace.</summary>
    public double APlus { get; } = aPlus;

    /// <summary>What each spike of a post-synaptic neuron adds to its trace.</summary>
    public double AMinus { get; } = aMinus;
}
