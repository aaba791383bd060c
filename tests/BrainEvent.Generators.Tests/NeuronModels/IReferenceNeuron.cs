namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>
/// The user's own methods of an execution model, which the reference calls one neuron at a time, and the distance
/// from the neuron's state to its threshold decision (the tests keep neurons away from ties).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IReferenceNeuron<T>
{
    void Update(T dt);

    bool Threshold();

    void Reset();

    /// <summary>How far the state is from flipping <c>Threshold</c>, in the units of its fields.</summary>
    double Margin();
}
