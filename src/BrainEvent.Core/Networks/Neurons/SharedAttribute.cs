namespace BrainEvent.Networks;

/// <summary>A field of a <see cref="NeuronModelAttribute"/> struct with one value for the whole population (a parameter), not one per neuron.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SharedAttribute : Attribute;
