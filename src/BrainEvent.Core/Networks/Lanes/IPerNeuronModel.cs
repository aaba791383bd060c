using System.ComponentModel;
using System.Numerics;

namespace BrainEvent.Generated;

/// <summary>
/// A neuron model whose update the generator could not vectorise: its own methods, which
/// <see cref="NeuronKernels.UpdatePerNeuron{TModel, T}"/> calls one neuron at a time.
/// </summary>
/// <typeparam name="TSelf">The model struct.</typeparam>
/// <typeparam name="T">Its element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPerNeuronModel<TSelf, T>
    where TSelf : struct, IPerNeuronModel<TSelf, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>The model's <c>Update(dt)</c>.</summary>
    void Update(T dt);

    /// <summary>The model's <c>Threshold()</c>.</summary>
    bool Threshold();

    /// <summary>The model's <c>Reset()</c>, or nothing when it has none.</summary>
    void Reset();

    /// <summary>Copies the <c>[UnlessRefractory]</c> fields of <paramref name="before"/> back: a refractory neuron's update of them is dropped.</summary>
    void KeepUnlessRefractory(in TSelf before);
}
