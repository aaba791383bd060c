using System;
using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class NeuronModelEmitter
{
    /// <summary>
    /// A value on lanes: uniform parts read from their broadcast field, literals broadcast in place, operators
    /// and <c>Math</c> functions as the lanes' own. Operations are parenthesised, the outermost excepted.
    /// </summary>
    private string VectorValue(ValueExpression value, bool outermost = false)
    {
        if (value is not LiteralExpression && Uniforms.IsUniform(value))
        {
            return Uniforms.FieldOf(value);
        }

        return value switch
        {
            LiteralExpression literal => "TLanes.Create(" + _e.Literal(literal.Value) + ")",
            StateFieldExpression state => StateName(state.StateIndex),
            LocalExpression local => LocalName(local.Index),
            NegateExpression negate => Grouped(Negated(VectorValue(negate.Operand)), outermost),
            BinaryExpression binary => Grouped(VectorValue(binary.Left) + " " + Symbol(binary.Operator) + " " + VectorValue(binary.Right), outermost),
            CallExpression call => "TLanes." + call.Function + "(" + string.Join(", ", call.Arguments.Select(a => VectorValue(a, outermost: true))) + ")",
            ConditionalExpression conditional => "TLanes.Select(" + VectorCondition(conditional.Condition) + ", "
                + VectorValue(conditional.WhenTrue, outermost: true) + ", " + VectorValue(conditional.WhenFalse, outermost: true) + ")",
            _ => throw Unexpected(value),
        };
    }

    /// <summary>A condition as a lane mask.</summary>
    private string VectorCondition(ConditionExpression condition) => condition switch
    {
        ComparisonExpression comparison =>
            "TLanes." + comparison.Operator + "(" + VectorValue(comparison.Left, outermost: true) + ", " + VectorValue(comparison.Right, outermost: true) + ")",
        LogicalExpression logical =>
            "TLanes." + (logical.IsAnd ? "And" : "Or") + "(" + VectorCondition(logical.Left) + ", " + VectorCondition(logical.Right) + ")",
        NotExpression not => "TLanes.Not(" + VectorCondition(not.Operand) + ")",
        BooleanLiteralExpression literal => literal.Value ? "TLanes.AllBitsSet" : "TLanes.Zero",
        _ => throw Unexpected(condition),
    };

    /// <summary>A uniform value in scalar code, as the user wrote it (their <c>Math</c> or <c>MathF</c> calls included), for the constructor.</summary>
    private string ScalarValue(ValueExpression value, bool outermost = false) => value switch
    {
        LiteralExpression literal => _e.Literal(literal.Value),
        ParameterExpression parameter => Parameter(Kernel.Parameters[parameter.Index]),
        TimeStepExpression => "dt",
        LocalExpression local => LocalName(local.Index),
        NegateExpression negate => Grouped(Negated(ScalarValue(negate.Operand)), outermost),
        BinaryExpression binary => Grouped(ScalarValue(binary.Left) + " " + Symbol(binary.Operator) + " " + ScalarValue(binary.Right), outermost),
        CallExpression call => call.MathType + "." + call.Function + "(" + string.Join(", ", call.Arguments.Select(a => ScalarValue(a, outermost: true))) + ")",
        ConditionalExpression conditional => Grouped(
            ScalarCondition(conditional.Condition) + " ? " + ScalarValue(conditional.WhenTrue) + " : " + ScalarValue(conditional.WhenFalse), outermost),
        _ => throw Unexpected(value),
    };

    private string ScalarCondition(ConditionExpression condition) => condition switch
    {
        ComparisonExpression comparison => "(" + ScalarValue(comparison.Left) + " " + Symbol(comparison.Operator) + " " + ScalarValue(comparison.Right) + ")",
        LogicalExpression logical => "(" + ScalarCondition(logical.Left) + (logical.IsAnd ? " && " : " || ") + ScalarCondition(logical.Right) + ")",
        NotExpression not => "!" + ScalarCondition(not.Operand),
        BooleanLiteralExpression literal => literal.Value ? "true" : "false",
        _ => throw Unexpected(condition),
    };

    /// <summary>A shared field (on <c>shared</c>) or static member (on the type), converted to the element type.</summary>
    private string Parameter(ModelParameter parameter) =>
        "(" + _e.T + ")" + (parameter.IsStatic ? _model : "shared") + "." + Identifiers.Escape(parameter.MemberName);

    private static string Grouped(string operation, bool outermost) => outermost ? operation : "(" + operation + ")";

    /// <summary>Unary minus, spaced so that a negative operand never reads as <c>--</c>.</summary>
    private static string Negated(string operand) => "-" + (operand.StartsWith("-", StringComparison.Ordinal) ? " " : string.Empty) + operand;

    private static string Symbol(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        ArithmeticOperator.Divide => "/",
        _ => throw Unexpected(op),
    };

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        _ => throw Unexpected(op),
    };

    private static InvalidOperationException Unexpected(object value) => new("Unexpected " + value + ".");
}
