namespace BrainEvent.Networks;

/// <summary>A per-neuron state field that keeps its value while the neuron is refractory: <c>Update</c>'s change to it is dropped.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class UnlessRefractoryAttribute : Attribute;
