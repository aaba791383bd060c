using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>
/// A node of a weight transform's body, reduced to the constructs that have both a scalar and a vector
/// form. Records compare by value, so an unchanged body gives an equal model.
/// </summary>
internal abstract record ValueExpression;

/// <summary>The stored weight (the transform's first parameter).</summary>
internal sealed record WeightExpression : ValueExpression;

/// <summary>The per-synapse operand (the <c>[PerSynapse]</c> parameter).</summary>
internal sealed record PerSynapseExpression : ValueExpression;

/// <summary>A constant of the element type (literals, constants and constant-folded expressions).</summary>
internal sealed record LiteralExpression(double Value) : ValueExpression;

/// <summary>A member of the kernel class, read once per product: <see cref="TransformInfo.Parameters"/>[Index].</summary>
internal sealed record ParameterExpression(int Index) : ValueExpression;

/// <summary>Unary minus.</summary>
internal sealed record NegateExpression(ValueExpression Operand) : ValueExpression;

/// <summary>An arithmetic operator.</summary>
internal sealed record BinaryExpression(ArithmeticOperator Operator, ValueExpression Left, ValueExpression Right) : ValueExpression;

/// <summary>A call of a <c>Math</c>/<c>MathF</c> function that has a vector form.</summary>
/// <param name="Function">Which function.</param>
/// <param name="MathType">The class the user called it on (<c>global::System.Math</c> or <c>global::System.MathF</c>), for the scalar form.</param>
/// <param name="Arguments">The arguments.</param>
internal sealed record CallExpression(MathFunction Function, string MathType, EquatableArray<ValueExpression> Arguments) : ValueExpression;

/// <summary><c>condition ? whenTrue : whenFalse</c>; vectorised as a lane-wise select.</summary>
internal sealed record ConditionalExpression(ConditionExpression Condition, ValueExpression WhenTrue, ValueExpression WhenFalse) : ValueExpression;

/// <summary>A boolean condition: comparisons combined with <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>.</summary>
internal abstract record ConditionExpression;

/// <summary>A comparison of two values.</summary>
internal sealed record ComparisonExpression(ComparisonOperator Operator, ValueExpression Left, ValueExpression Right) : ConditionExpression;

/// <summary><c>&amp;&amp;</c> (<see cref="IsAnd"/>) or <c>||</c>.</summary>
internal sealed record LogicalExpression(bool IsAnd, ConditionExpression Left, ConditionExpression Right) : ConditionExpression;

/// <summary><c>!condition</c>.</summary>
internal sealed record NotExpression(ConditionExpression Operand) : ConditionExpression;

/// <summary>A constant <c>true</c> or <c>false</c>.</summary>
internal sealed record BooleanLiteralExpression(bool Value) : ConditionExpression;

/// <summary>The arithmetic operators with vector forms.</summary>
internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// <summary>The comparisons with vector forms.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

/// <summary>The <c>Math</c>/<c>MathF</c> functions with vector forms (<c>Vector256.Min</c> and so on).</summary>
internal enum MathFunction
{
    Min,
    Max,
    Abs,
    Sqrt,
    FusedMultiplyAdd,
    Exp,
    Log,
}
