using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>Everything the emitter needs for one <c>[NeuronModel]</c> struct: values only, no Roslyn objects.</summary>
/// <param name="Hierarchy">The struct and the types containing it.</param>
/// <param name="Element">The type of every state field.</param>
/// <param name="RefractoryPeriod">The attribute's <c>RefractoryPeriod</c>, in ms (0 for none).</param>
/// <param name="Fields">Every instance field, state and shared, in declaration order.</param>
/// <param name="HasReset">Whether the struct declares <c>void Reset()</c>.</param>
/// <param name="Kernel">The translated methods of the vector kernel, or null when one of them has no vector form: the update then calls them per neuron.</param>
internal sealed record NeuronModelInfo(
    HierarchyInfo Hierarchy,
    ElementKind Element,
    double RefractoryPeriod,
    EquatableArray<NeuronFieldInfo> Fields,
    bool HasReset,
    NeuronKernelInfo? Kernel);

/// <summary>One instance field of a neuron model.</summary>
/// <param name="Name">Its name, without <c>@</c>.</param>
/// <param name="StateIndex">Its index among the state fields, or -1 for a <c>[Shared]</c> field.</param>
/// <param name="UnlessRefractory">Whether it keeps its value while the neuron is refractory.</param>
internal sealed record NeuronFieldInfo(string Name, int StateIndex, bool UnlessRefractory)
{
    public bool IsShared => StateIndex < 0;
}

/// <summary>The model's <c>Update</c>, <c>Threshold</c> and <c>Reset</c>, reduced to constructs with a vector form.</summary>
/// <param name="Update">The body of <c>Update(dt)</c>.</param>
/// <param name="Threshold">What <c>Threshold()</c> returns.</param>
/// <param name="Reset">The body of <c>Reset()</c> (empty without one).</param>
/// <param name="Parameters">The shared fields and static members the methods read: <see cref="ParameterExpression.Index"/> indexes them.</param>
/// <param name="Locals">The names of the methods' locals: <see cref="LocalExpression.Index"/> indexes them.</param>
internal sealed record NeuronKernelInfo(
    EquatableArray<NeuronStatement> Update,
    ConditionExpression Threshold,
    EquatableArray<NeuronStatement> Reset,
    EquatableArray<ModelParameter> Parameters,
    EquatableArray<string> Locals);

/// <summary>What parsing one <c>[NeuronModel]</c> struct gives: the model (null when an error stops generation) and its diagnostics.</summary>
internal sealed record NeuronModelParseResult(NeuronModelInfo? Info, EquatableArray<DiagnosticInfo> Diagnostics);
