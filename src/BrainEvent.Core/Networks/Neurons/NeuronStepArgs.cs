namespace BrainEvent.Networks;

/// <summary>The arguments of one <see cref="INeuronModel{TSelf}.Update"/> call: one step for a range of 64-neuron words of one population.</summary>
/// <param name="State">The population's state.</param>
/// <param name="Refractory">Per neuron (<c>State.Stride</c> of them): steps left in the refractory period; above 0 means refractory in this step.</param>
/// <param name="RefractorySteps">The count a neuron gets when it spikes: <c>round(RefractoryPeriod / dt) - 1</c>, or 0 without a refractory period.</param>
/// <param name="SpikeWords">The population's spike words for this step (<c>State.Stride / 64</c> of them); the call writes those of its range.</param>
/// <param name="FromWord">The first word of the range.</param>
/// <param name="ToWord">One past the last word.</param>
/// <param name="Count">The number of real neurons; padding neurons at or past it never spike.</param>
/// <param name="Dt">The time step in ms.</param>
public readonly ref struct NeuronStepArgs(
    NeuronState State, Span<ushort> Refractory, ushort RefractorySteps, Span<ulong> SpikeWords, int FromWord, int ToWord, int Count, double Dt)
{
    /// <summary>The population's state.</summary>
    public NeuronState State { get; } = State;

    /// <summary>Per neuron: steps left in the refractory period; above 0 means refractory in this step.</summary>
    public Span<ushort> Refractory { get; } = Refractory;

    /// <summary>The count a neuron gets when it spikes.</summary>
    public ushort RefractorySteps { get; } = RefractorySteps;

    /// <summary>The population's spike words for this step.</summary>
    public Span<ulong> SpikeWords { get; } = SpikeWords;

    /// <summary>The first word of the range.</summary>
    public int FromWord { get; } = FromWord;

    /// <summary>One past the last word of the range.</summary>
    public int ToWord { get; } = ToWord;

    /// <summary>The number of real neurons.</summary>
    public int Count { get; } = Count;

    /// <summary>The time step in ms.</summary>
    public double Dt { get; } = Dt;
}
