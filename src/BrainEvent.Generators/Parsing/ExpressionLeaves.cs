using System.Collections.Generic;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// What the names in a translated expression stand for: a weight transform's parameters and class members
/// (<see cref="TransformLeaves"/>), or a neuron model's dt, fields and locals (<see cref="NeuronModelLeaves"/>).
/// <see cref="TransformTranslator"/> translates the operators and calls, and asks the leaves for the rest;
/// null means the leaf has no vector form.
/// </summary>
internal abstract class ExpressionLeaves
{
    private readonly Dictionary<(string Name, bool IsStatic), int> _parameterIndex = [];

    protected ExpressionLeaves(INamedTypeSymbol type)
    {
        Type = type;
    }

    /// <summary>The members read once per call, in first-use order: what <see cref="ParameterExpression.Index"/> indexes.</summary>
    public List<ModelParameter> Parameters { get; } = [];

    protected INamedTypeSymbol Type { get; }

    public abstract ValueExpression? Parameter(IParameterReferenceOperation reference);

    /// <summary>A field or property read (converted to the element type, when a numeric conversion wraps it).</summary>
    public abstract ValueExpression? Member(IMemberReferenceOperation reference);

    public virtual ValueExpression? Local(ILocalReferenceOperation reference) => null;

    /// <summary>A member read once per call, converted to the element type: an index into <see cref="Parameters"/>.</summary>
    protected ParameterExpression ReadOncePerCall(ISymbol member)
    {
        var key = (member.Name, member.IsStatic);
        if (!_parameterIndex.TryGetValue(key, out int index))
        {
            index = Parameters.Count;
            _parameterIndex.Add(key, index);
            Parameters.Add(new ModelParameter(member.Name, member.IsStatic));
        }

        return new ParameterExpression(index);
    }

    /// <summary>A field, or a property with a getter and no parameters.</summary>
    protected static bool IsPlainMember(ISymbol member) =>
        member is not IPropertySymbol property || (property.Parameters.Length == 0 && property.GetMethod is not null);

    protected bool IsSameOrBase(INamedTypeSymbol? containing)
    {
        for (var current = Type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, containing))
            {
                return true;
            }
        }

        return false;
    }
}
