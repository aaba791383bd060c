namespace BrainEvent.Networks;

/// <summary>What a neuron model declares: its fields, element type and refractory period.</summary>
/// <param name="Name">The model's type name, for messages.</param>
/// <param name="ElementType"><see cref="float"/> or <see cref="double"/>: the type of every state field.</param>
/// <param name="RefractoryPeriod">In ms; 0 for none.</param>
/// <param name="Fields">Every field, state and shared, in declaration order.</param>
public sealed record NeuronModelInfo(string Name, Type ElementType, double RefractoryPeriod, IReadOnlyList<NeuronField> Fields)
{
    /// <summary>The number of per-neuron state fields (the fields with a <see cref="NeuronField.StateIndex"/>).</summary>
    public int StateFieldCount => Fields.Count(f => !f.IsShared);

    /// <summary>The field called <paramref name="name"/> (ordinal), or null.</summary>
    public NeuronField? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>One field of a neuron model.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="StateIndex">Its index among the state fields (the <see cref="NeuronState.Field{T}"/> index), or -1 for a shared field.</param>
/// <param name="UnlessRefractory">Whether it keeps its value while the neuron is refractory.</param>
public sealed record NeuronField(string Name, int StateIndex, bool UnlessRefractory)
{
    /// <summary>Whether the field has one value per population (<see cref="SharedAttribute"/>).</summary>
    public bool IsShared => StateIndex < 0;
}
