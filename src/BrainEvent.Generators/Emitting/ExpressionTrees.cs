using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

/// <summary>Walks of translated expressions and statements.</summary>
internal static class ExpressionTrees
{
    /// <summary>The leaves of a value (literals, parameters, variables...), through its operators, calls and conditions.</summary>
    public static IEnumerable<ValueExpression> Leaves(ValueExpression value) => value switch
    {
        NegateExpression negate => Leaves(negate.Operand),
        BinaryExpression binary => Leaves(binary.Left).Concat(Leaves(binary.Right)),
        CallExpression call => call.Arguments.SelectMany(Leaves),
        ConditionalExpression conditional => Leaves(conditional.Condition).Concat(Leaves(conditional.WhenTrue)).Concat(Leaves(conditional.WhenFalse)),
        _ => [value],
    };

    public static IEnumerable<ValueExpression> Leaves(ConditionExpression condition) => condition switch
    {
        ComparisonExpression comparison => Leaves(comparison.Left).Concat(Leaves(comparison.Right)),
        LogicalExpression logical => Leaves(logical.Left).Concat(Leaves(logical.Right)),
        NotExpression not => Leaves(not.Operand),
        _ => [],
    };

    /// <summary>The leaves of statements, the targets of their assignments included.</summary>
    public static IEnumerable<ValueExpression> Leaves(IEnumerable<NeuronStatement> statements) =>
        statements.SelectMany(statement => statement switch
        {
            DeclarationStatement { Value: { } value } => Leaves(value),
            AssignmentStatement assignment => Leaves(assignment.Target).Concat(Leaves(assignment.Value)),
            IfStatement branch => Leaves(branch.Condition).Concat(Leaves(branch.WhenTrue)).Concat(Leaves(branch.WhenFalse)),
            _ => [],
        });
}
