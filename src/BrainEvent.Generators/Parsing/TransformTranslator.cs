using System;
using System.Collections.Generic;
using System.Globalization;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Translates the operation tree of a transform's body into a <see cref="ValueExpression"/>, or stops at
/// the first construct without a vector form (<see cref="Unsupported"/>).
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

    private readonly INamedTypeSymbol _type;
    private readonly IMethodSymbol _method;
    private readonly SpecialType _element;
    private readonly Dictionary<(string Name, bool IsStatic), int> _parameterIndex = [];

    public TransformTranslator(INamedTypeSymbol type, IMethodSymbol method, SpecialType element)
    {
        _type = type;
        _method = method;
        _element = element;
    }

    /// <summary>The class members read by the body, in first-use order.</summary>
    public List<ModelParameter> Parameters { get; } = [];

    /// <summary>The first operation that has no vector form, once <see cref="Translate"/> returned null.</summary>
    public IOperation? Unsupported { get; private set; }

    public ValueExpression? Translate(IOperation operation) => Value(operation);

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
            IParameterReferenceOperation parameter => Parameter(parameter),
            IFieldReferenceOperation or IPropertyReferenceOperation => Member((IMemberReferenceOperation)operation, operation),
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

    private ValueExpression? Parameter(IParameterReferenceOperation reference)
    {
        int ordinal = _method.Parameters.IndexOf(reference.Parameter);
        return ordinal switch
        {
            0 => new WeightExpression(),
            1 => new PerSynapseExpression(),
            _ => Fail(reference),
        };
    }

    /// <summary>A field or property of the class (or a base), on <c>this</c> or static: read once per product.</summary>
    private ValueExpression? Member(IMemberReferenceOperation reference, IOperation whole)
    {
        var member = reference.Member;
        bool onThis = member.IsStatic ? reference.Instance is null : reference.Instance is IInstanceReferenceOperation;
        bool isPlainProperty = member is not IPropertySymbol property || (property.Parameters.Length == 0 && property.GetMethod is not null);
        if (!onThis || !isPlainProperty || !IsSameOrBase(member.ContainingType))
        {
            return Fail(whole);
        }

        var key = (member.Name, member.IsStatic);
        if (!_parameterIndex.TryGetValue(key, out int index))
        {
            index = Parameters.Count;
            _parameterIndex.Add(key, index);
            Parameters.Add(new ModelParameter(member.Name, member.IsStatic));
        }

        return new ParameterExpression(index);
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
            return Member((IMemberReferenceOperation)conversion.Operand, conversion);
        }

        return Fail(conversion);
    }

    private ValueExpression? Negate(IUnaryOperation minus) =>
        Value(minus.Operand) is { } operand ? new NegateExpression(operand) : null;

    private ValueExpression? Arithmetic(IBinaryOperation binary)
    {
        ArithmeticOperator? op = binary.OperatorKind switch
        {
            BinaryOperatorKind.Add => ArithmeticOperator.Add,
            BinaryOperatorKind.Subtract => ArithmeticOperator.Subtract,
            BinaryOperatorKind.Multiply => ArithmeticOperator.Multiply,
            BinaryOperatorKind.Divide => ArithmeticOperator.Divide,
            _ => null,
        };
        if (op is null)
        {
            return Fail(binary);
        }

        var left = Value(binary.LeftOperand);
        var right = left is null ? null : Value(binary.RightOperand);
        return right is null ? null : new BinaryExpression(op.Value, left!, right);
    }

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

    private bool IsSameOrBase(INamedTypeSymbol? containing)
    {
        for (var current = _type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, containing))
            {
                return true;
            }
        }

        return false;
    }

    private ValueExpression? Fail(IOperation operation)
    {
        Unsupported ??= operation;
        return null;
    }

    private void FailCondition(IOperation operation) => Unsupported ??= operation;
}
