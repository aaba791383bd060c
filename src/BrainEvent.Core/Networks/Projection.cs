namespace BrainEvent.Networks;

/// <summary>
/// Synapses from a view of one population into a state field of a view of another (or the same), made by
/// <see cref="Network.Connect{T}(PopulationView, PopulationView, FixedNumConn{T}, string, double)"/>: each
/// spike of pre-synaptic neuron <c>i</c> adds <c>W[i, j]</c> to the <see cref="Into"/> field of
/// post-synaptic neuron <c>j</c>. A spike of step <c>s</c> arrives before the update of step
/// <c>s + 1 + d</c>, <c>d</c> being <see cref="DelaySteps"/> or the synapse's own delay; spikes of steps
/// before the projection was connected are not delivered.
/// </summary>
public sealed class Projection
{
    internal Projection(PopulationView pre, PopulationView post, string into, int synapses, int? delaySteps, int maxDelaySteps)
    {
        Pre = pre;
        Post = post;
        Into = into;
        Synapses = synapses;
        DelaySteps = delaySteps;
        MaxDelaySteps = maxDelaySteps;
    }

    /// <summary>The pre-synaptic view: the rows of the weights.</summary>
    public PopulationView Pre { get; }

    /// <summary>The post-synaptic view: the columns of the weights.</summary>
    public PopulationView Post { get; }

    /// <summary>The state field the weights are added to.</summary>
    public string Into { get; }

    /// <summary>The number of stored connections (duplicates counted).</summary>
    public int Synapses { get; }

    /// <summary>The delay in steps of every synapse, or null when each synapse has its own.</summary>
    public int? DelaySteps { get; }

    /// <summary>The longest delay in steps.</summary>
    public int MaxDelaySteps { get; }
}
