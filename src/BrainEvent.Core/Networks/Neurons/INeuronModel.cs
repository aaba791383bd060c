namespace BrainEvent.Networks;

/// <summary>
/// A neuron model the network runtime can step: the source generator implements it for a
/// <see cref="NeuronModelAttribute"/> struct, and it can be written by hand. A value of
/// <typeparamref name="TSelf"/> is one neuron: its shared fields are the population's parameters, its other
/// fields one neuron's state.
/// </summary>
/// <typeparam name="TSelf">The model struct.</typeparam>
public interface INeuronModel<TSelf>
    where TSelf : struct, INeuronModel<TSelf>
{
    /// <summary>The model's fields, element type and refractory period.</summary>
    static abstract NeuronModelInfo Info { get; }

    /// <summary>Writes the state fields of <paramref name="neuron"/> into neuron <paramref name="index"/> of <paramref name="state"/>.</summary>
    static abstract void WriteState(in TSelf neuron, NeuronState state, int index);

    /// <summary>Reads neuron <paramref name="index"/> of <paramref name="state"/> into the state fields of <paramref name="neuron"/>; its shared fields are left as they are.</summary>
    static abstract void ReadState(ref TSelf neuron, NeuronState state, int index);

    /// <summary>
    /// One step of <c>args.Dt</c> for the neurons of words <c>[args.FromWord, args.ToWord)</c>, with the
    /// shared values of <paramref name="shared"/>. For each neuron <c>i</c>: refractory when
    /// <c>args.Refractory[i] &gt; 0</c>; run <c>Update</c>; while refractory, restore the
    /// <see cref="UnlessRefractoryAttribute"/> fields; a neuron not refractory with <c>i &lt; args.Count</c>
    /// and <c>Threshold()</c> true spikes and runs <c>Reset</c>; then <c>args.Refractory[i]</c> becomes
    /// <c>args.RefractorySteps</c> after a spike, else one less (not below 0). Writes every word of
    /// <c>args.SpikeWords</c> in the range (bit <c>i % 64</c> of word <c>i / 64</c> set when neuron <c>i</c> spiked).
    /// Padding neurons (<c>i &gt;= args.Count</c>) are updated like the others but never spike.
    /// </summary>
    static abstract void Update(in TSelf shared, in NeuronStepArgs args);
}
