using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>The leaves of a weight transform: its weight and per-synapse parameters, and the kernel class's members (read once per product).</summary>
internal sealed class TransformLeaves : ExpressionLeaves
{
    private readonly IMethodSymbol _method;

    public TransformLeaves(INamedTypeSymbol type, IMethodSymbol method)
        : base(type)
    {
        _method = method;
    }

    public override ValueExpression? Parameter(IParameterReferenceOperation reference) =>
        _method.Parameters.IndexOf(reference.Parameter) switch
        {
            0 => new WeightExpression(),
            1 => new PerSynapseExpression(),
            _ => null,
        };

    /// <summary>A field or property of the class (or a base), on <c>this</c> or static.</summary>
    public override ValueExpression? Member(IMemberReferenceOperation reference)
    {
        var member = reference.Member;
        bool onThis = member.IsStatic ? reference.Instance is null : reference.Instance is IInstanceReferenceOperation;
        return onThis && IsPlainMember(member) && IsSameOrBase(member.ContainingType) ? ReadOncePerCall(member) : null;
    }
}
