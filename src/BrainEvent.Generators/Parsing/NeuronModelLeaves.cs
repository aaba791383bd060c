using System.Collections.Generic;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// The leaves of a neuron model's methods: <c>Update</c>'s <c>dt</c>, the state fields (one value per lane),
/// the shared fields and the struct's static members (read once per call), and the methods' locals, one table
/// for all three methods since they run in one kernel body.
/// </summary>
internal sealed class NeuronModelLeaves : ExpressionLeaves
{
    private readonly Dictionary<string, int> _stateIndex = [];
    private readonly HashSet<string> _shared = [];
    private readonly Dictionary<ILocalSymbol, int> _localIndex = new(SymbolEqualityComparer.Default);

    public NeuronModelLeaves(INamedTypeSymbol type, IEnumerable<NeuronFieldInfo> fields)
        : base(type)
    {
        foreach (var field in fields)
        {
            if (field.IsShared)
            {
                _shared.Add(field.Name);
            }
            else
            {
                _stateIndex.Add(field.Name, field.StateIndex);
            }
        }
    }

    /// <summary>The <c>dt</c> parameter of the method being translated (null in <c>Threshold</c> and <c>Reset</c>).</summary>
    public IParameterSymbol? TimeStep { get; set; }

    /// <summary>The declared locals' names, in declaration order: what <see cref="LocalExpression.Index"/> indexes.</summary>
    public List<string> Locals { get; } = [];

    public LocalExpression Declare(ILocalSymbol local)
    {
        int index = Locals.Count;
        Locals.Add(local.Name);
        _localIndex.Add(local, index);
        return new LocalExpression(index);
    }

    public override ValueExpression? Parameter(IParameterReferenceOperation reference) =>
        SymbolEqualityComparer.Default.Equals(reference.Parameter, TimeStep) ? new TimeStepExpression() : null;

    public override ValueExpression? Local(ILocalReferenceOperation reference) =>
        _localIndex.TryGetValue(reference.Local, out int index) ? new LocalExpression(index) : null;

    /// <summary>A field of this neuron, or a static field or property of the struct.</summary>
    public override ValueExpression? Member(IMemberReferenceOperation reference)
    {
        var member = reference.Member;
        if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, Type) || !IsPlainMember(member))
        {
            return null;
        }

        if (member.IsStatic)
        {
            return reference.Instance is null ? ReadOncePerCall(member) : null;
        }

        // An instance property may compute from the state, so it is not a parameter: only fields are leaves.
        if (member is not IFieldSymbol || reference.Instance is not IInstanceReferenceOperation)
        {
            return null;
        }

        return _stateIndex.TryGetValue(member.Name, out int state) ? new StateFieldExpression(state)
            : _shared.Contains(member.Name) ? ReadOncePerCall(member)
            : null;
    }

    /// <summary>The state field or local an assignment writes, or null for anything else.</summary>
    public VariableExpression? Variable(IOperation target) => target switch
    {
        IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field
            when SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, Type) && _stateIndex.TryGetValue(field.Field.Name, out int state) =>
            new StateFieldExpression(state),
        ILocalReferenceOperation local when _localIndex.TryGetValue(local.Local, out int index) => new LocalExpression(index),
        _ => null,
    };
}
