using System.ComponentModel;
using System.Numerics;
using BrainEvent.Networks;

namespace BrainEvent.Generated;

/// <summary>
/// A neuron model whose update the generator vectorised: one kernel body over any <see cref="ILanes{TSelf, T}"/>
/// width, which <see cref="NeuronKernels.UpdateLanes{TModel, T}"/> instantiates for the widest the machine runs.
/// </summary>
/// <typeparam name="TSelf">The model struct.</typeparam>
/// <typeparam name="T">Its element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ILaneNeuronModel<TSelf, T>
    where TSelf : struct, ILaneNeuronModel<TSelf, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>The model's <see cref="INeuronModel{TSelf}.Update"/> on lanes of <typeparamref name="TLanes"/>.</summary>
    static abstract void UpdateLanes<TLanes>(in TSelf shared, in NeuronStepArgs args)
        where TLanes : struct, ILanes<TLanes, T>;
}
