using System;
using System.Collections.Generic;
using System.Globalization;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Translates the operation tree of an expression into a <see cref="ValueExpression"/> (or a condition into a
/// <see cref="ConditionExpression"/>), or stops at the first construct without a vector form
/// (<see cref="Unsupported"/>). Operators and <c>Math</c>/<c>MathF</c> calls are translated here; what names
/// stand for (parameters, members, locals) is the <see cref="ExpressionLeaves"/>' to say.
/// </summary>
internal sealed class TransformTranslator
{
    private static readonly Dictionary<string, MathFunction> MathFunctions = new()
    {
        ["Min"] = MathFunction.Min,
        ["Max"] = MathFunction.Max,
        ["Abs"] = MathFunction.Abs,
        ["Sqrt"] = MathFunction.Sqrt,
        ["FusedMultiplyAdd"] = MathFunction.FusedMultiplyAdd,
        ["Exp"] = MathFunction.Exp,
        ["Log"] = MathFunction.Log,
    };

    private readonly ExpressionLeaves _leaves;
    private readonly SpecialType _element;

    /// <summary>A translator of a weight transform's body.</summary>
    public TransformTranslator(INamedTypeSymbol type, IMethodSymbol method, SpecialType element)
        : this(new TransformLeaves(type, method), element)
    {
    }

    public TransformTranslator(ExpressionLeaves leaves, SpecialType element)
    {
        _leaves = leaves;
        _element = element;
    }

    /// <summary>The members read by the expressions, in first-use order.</summary>
    public List<ModelParameter> Parameters => _leaves.Parameters;

    /// <summary>The first operation that has no vector form, once <see cref="Translate"/> returned null.</summary>
    public IOperation? Unsupported { get; private set; }

    public ValueExpression? Translate(IOperation operation) => Value(operation);

    /// <summary>A boolean expression: comparisons of values combined with <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>.</summary>
    public ConditionExpression? TranslateCondition(IOperation operation) => Condition(operation);

    private ValueExpression? Value(IOperation operation)
    {
        if (operation.Type?.SpecialType == _element && operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return new LiteralExpression(Convert.ToDouble(constant, CultureInfo.InvariantCulture));
        }

        if (operation.Type?.SpecialType != _element)
        {
            return Fail(operation);
        }

        return operation switch
        {
            IParameterReferenceOperation parameter => _leaves.Parameter(parameter) ?? Fail(parameter),
            ILocalReferenceOperation local => _leaves.Local(local) ?? Fail(local),
            IFieldReferenceOperation or IPropertyReferenceOperation => _leaves.Member((IMemberReferenceOperation)operation) ?? Fail(operation),
            IConversionOperation conversion => Conversion(conversion),
            IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus => Value(plus.Operand),
            IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus => Negate(minus),
            IBinaryOperation { OperatorMethod: null } binary => Arithmetic(binary),
            IConditionalOperation { WhenFalse: not null } conditional => Conditional(conditional),
            IInvocationOperation invocation => Call(invocation),
            IParenthesizedOperation parenthesized => Value(parenthesized.Operand),
            _ => Fail(operation),
        };
    }

    /// <summary>An identity conversion, or a numeric conversion of a class member (converted when it is read).</summary>
    private ValueExpression? Conversion(IConversionOperation conversion)
    {
        if (conversion.OperatorMethod is not null)
        {
            return Fail(conversion);
        }

        if (conversion.Operand.Type?.SpecialType == _element)
        {
            return Value(conversion.Operand);
        }

        if (conversion.Conversion.IsNumeric && conversion.Operand is IFieldReferenceOperation or IPropertyReferenceOperation)
        {
            return _leaves.Member((IMemberReferenceOperation)conversion.Operand) ?? Fail(conversion);
        }

        return Fail(conversion);
    }

    private ValueExpression? Negate(IUnaryOperation minus) =>
        Value(minus.Operand) is { } operand ? new NegateExpression(operand) : null;

    private ValueExpression? Arithmetic(IBinaryOperation binary)
    {
        var op = ArithmeticOf(binary.OperatorKind);
        if (op is null)
        {
            return Fail(binary);
        }

        var left = Value(binary.LeftOperand);
        var right = left is null ? null : Value(binary.RightOperand);
        return right is null ? null : new BinaryExpression(op.Value, left!, right);
    }

    /// <summary>The arithmetic operator with a vector form that <paramref name="kind"/> is, or null.</summary>
    public static ArithmeticOperator? ArithmeticOf(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => ArithmeticOperator.Add,
        BinaryOperatorKind.Subtract => ArithmeticOperator.Subtract,
        BinaryOperatorKind.Multiply => ArithmeticOperator.Multiply,
        BinaryOperatorKind.Divide => ArithmeticOperator.Divide,
        _ => null,
    };

    private ValueExpression? Conditional(IConditionalOperation conditional)
    {
        var condition = Condition(conditional.Condition);
        var whenTrue = condition is null ? null : Value(conditional.WhenTrue);
        var whenFalse = whenTrue is null ? null : Value(conditional.WhenFalse!);
        return whenFalse is null ? null : new ConditionalExpression(condition!, whenTrue!, whenFalse);
    }

    /// <summary>A call of <c>Math</c> or <c>MathF</c> whose vector form exists, on element-typed arguments.</summary>
    private ValueExpression? Call(IInvocationOperation invocation)
    {
        var target = invocation.TargetMethod;
        string? mathType = target.ContainingType?.ToDisplayString() switch
        {
            "System.Math" => "global::System.Math",
            "System.MathF" => "global::System.MathF",
            _ => null,
        };
        if (mathType is null || !MathFunctions.TryGetValue(target.Name, out var function) || invocation.Arguments.Length != Arity(function))
        {
            return Fail(invocation);
        }

        var arguments = new List<ValueExpression>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType != _element || Value(argument.Value) is not { } value)
            {
                return Unsupported is null ? Fail(invocation) : null;
            }

            arguments.Add(value);
        }

        return new CallExpression(function, mathType, arguments.ToEquatableArray());
    }

    /// <summary>The number of arguments of the overload that has a vector form (<c>Math.Log(a, newBase)</c> has none).</summary>
    private static int Arity(MathFunction function) => function switch
    {
        MathFunction.Min or MathFunction.Max => 2,
        MathFunction.FusedMultiplyAdd => 3,
        _ => 1,
    };

    private ConditionExpression? Condition(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return new BooleanLiteralExpression(constant);
        }

        switch (operation)
        {
            case IParenthesizedOperation parenthesized:
                return Condition(parenthesized.Operand);
            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Not } not:
                return Condition(not.Operand) is { } negated ? new NotExpression(negated) : null;
            case IBinaryOperation { OperatorMethod: null } binary when binary.LeftOperand.Type?.SpecialType == SpecialType.System_Boolean:
                return Logical(binary);
            case IBinaryOperation { OperatorMethod: null } binary when binary.LeftOperand.Type?.SpecialType == _element:
                return Comparison(binary);
            default:
                FailCondition(operation);
                return null;
        }
    }

    private ConditionExpression? Logical(IBinaryOperation binary)
    {
        bool? isAnd = binary.OperatorKind switch
        {
            BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And => true,
            BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or => false,
            _ => null,
        };
        if (isAnd is null)
        {
            FailCondition(binary);
            return null;
        }

        var left = Condition(binary.LeftOperand);
        var right = left is null ? null : Condition(binary.RightOperand);
        return right is null ? null : new LogicalExpression(isAnd.Value, left!, right);
    }

    private ConditionExpression? Comparison(IBinaryOperation binary)
    {
        ComparisonOperator? op = binary.OperatorKind switch
        {
            BinaryOperatorKind.Equals => ComparisonOperator.Equal,
            BinaryOperatorKind.NotEquals => ComparisonOperator.NotEqual,
            BinaryOperatorKind.LessThan => ComparisonOperator.LessThan,
            BinaryOperatorKind.LessThanOrEqual => ComparisonOperator.LessThanOrEqual,
            BinaryOperatorKind.GreaterThan => ComparisonOperator.GreaterThan,
            BinaryOperatorKind.GreaterThanOrEqual => ComparisonOperator.GreaterThanOrEqual,
            _ => null,
        };
        if (op is null || binary.RightOperand.Type?.SpecialType != _element)
        {
            FailCondition(binary);
            return null;
        }

        var left = Value(binary.LeftOperand);
        var right = left is null ? null : Value(binary.RightOperand);
        return right is null ? null : new ComparisonExpression(op.Value, left!, right);
    }

    private ValueExpression? Fail(IOperation operation)
    {
        Unsupported ??= operation;
        return null;
    }

    private void FailCondition(IOperation operation) => Unsupported ??= operation;
}
