using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>
/// A statement of a neuron model's <c>Update</c> or <c>Reset</c>, reduced to what runs on lanes: assignments
/// (compound ones expanded) and <c>if</c>/<c>else</c>, which the kernel turns into selects under lane masks.
/// </summary>
internal abstract record NeuronStatement;

/// <summary>A local's declaration, with its initial value or (assigned later) without.</summary>
internal sealed record DeclarationStatement(int Local, ValueExpression? Value) : NeuronStatement;

/// <summary><c>target = value</c>.</summary>
internal sealed record AssignmentStatement(VariableExpression Target, ValueExpression Value) : NeuronStatement;

/// <summary><c>if (condition) { whenTrue } else { whenFalse }</c>.</summary>
internal sealed record IfStatement(ConditionExpression Condition, EquatableArray<NeuronStatement> WhenTrue, EquatableArray<NeuronStatement> WhenFalse) : NeuronStatement;

/// <summary>A value that statements assign: a state field or a local.</summary>
internal abstract record VariableExpression : ValueExpression;

/// <summary>State field <see cref="StateIndex"/> of the neuron.</summary>
internal sealed record StateFieldExpression(int StateIndex) : VariableExpression;

/// <summary>Local <see cref="Index"/> of <see cref="NeuronKernelInfo.Locals"/>.</summary>
internal sealed record LocalExpression(int Index) : VariableExpression;

/// <summary>The <c>dt</c> parameter of <c>Update</c>: the step in ms, the same for every neuron.</summary>
internal sealed record TimeStepExpression : ValueExpression;
