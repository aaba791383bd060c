namespace BrainEvent.Networks;

/// <summary>What a step does, in order: the network's parts as arrays, rebuilt only when the network changes.</summary>
/// <param name="Projections">Delivered first, in the order they were connected.</param>
/// <param name="Rings">Then the delay rings drain into their fields, in the order they were created.</param>
/// <param name="Populations">Then each population steps, in the order they were added.</param>
/// <param name="Recorders">Then the monitors record, in the order they were created.</param>
internal sealed record RunPlan(ProjectionRuntime[] Projections, DendriticRing[] Rings, PopulationRuntime[] Populations, IStepRecorder[] Recorders)
{
    /// <summary>The length of the spike list each thread needs: the longest of the projections'.</summary>
    public int ScratchLength => Projections.Length == 0 ? 0 : Projections.Max(p => p.ScratchLength);

    /// <summary>Between steps, the exchange of spikes with the other ranks of a distributed network; null in one process.</summary>
    public SpikeExchange? Exchange { get; init; }
}
