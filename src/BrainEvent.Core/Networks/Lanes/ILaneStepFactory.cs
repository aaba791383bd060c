using System.ComponentModel;
using BrainEvent.Networks;

namespace BrainEvent.Generated;

/// <summary>
/// How <see cref="NeuronKernels.RunLanes{TLanes, T, TStep, TModel}"/> makes a model's lane step, in its own frame.
/// </summary>
/// <typeparam name="TSelf">The lane step.</typeparam>
/// <typeparam name="TModel">The model whose shared values the step broadcasts.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
// Made by the caller and passed in, a step (a dozen vectors and the state's spans, 700 bytes) was built on the
// caller's stack, copied to the call's arguments and the frame zeroed around it: a fixed cost of every update call.
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ILaneStepFactory<TSelf, TModel>
    where TSelf : allows ref struct
{
    /// <summary>The step for one update call: <paramref name="shared"/>'s values broadcast, the state's fields of <paramref name="args"/>.</summary>
    static abstract TSelf Create(in TModel shared, in NeuronStepArgs args);
}
