using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Intrinsics;

namespace BrainEvent.Jit;

/// <summary>
/// Rewrites a scalar lambda body over T into the same computation on <see cref="Vector256{T}"/> lanes:
/// arithmetic, comparisons (as lane masks) with the conditional operator as a select, and the Math/MathF
/// functions that have vector forms with the same results (Min, Max, Abs, Sqrt, FusedMultiplyAdd; Exp and
/// Log within an ulp). Anything else has no vector form: the lifter returns null and the chain compiles as
/// a scalar loop instead, still fused.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class VectorLifter
{
    /// <summary>Lifts <paramref name="body"/>, reading each scalar parameter from its vector in <paramref name="parameters"/>.</summary>
    public static Expression? TryLift<T>(Expression body, IReadOnlyDictionary<ParameterExpression, Expression> parameters) =>
        new Lifter(typeof(T), parameters).Lift(body);

    [RequiresDynamicCode(RuntimeCompilation.Reason)]
    [RequiresUnreferencedCode(RuntimeCompilation.Reason)]
    private sealed class Lifter(Type element, IReadOnlyDictionary<ParameterExpression, Expression> parameters)
    {
        private readonly Type _vector = typeof(Vector256<>).MakeGenericType(element);

        public Expression? Lift(Expression node)
        {
            if (node.Type != element && node.Type != typeof(bool))
            {
                return null;
            }

            return node switch
            {
                ParameterExpression p => parameters.TryGetValue(p, out var vector) ? vector : null,
                ConstantExpression c when c.Type == element => Call(nameof(Vector256.Create), [element], Expression.Constant(c.Value, element)),
                BinaryExpression b => LiftBinary(b),
                UnaryExpression u => LiftUnary(u),
                ConditionalExpression c => LiftConditional(c),
                MethodCallExpression m => LiftCall(m),
                _ => null,
            };
        }

        private Expression? LiftBinary(BinaryExpression b)
        {
            if (b.Method is not null && b.Method.DeclaringType != element)
            {
                return null;
            }

            var left = Lift(b.Left);
            var right = Lift(b.Right);
            if (left is null || right is null)
            {
                return null;
            }

            return b.NodeType switch
            {
                ExpressionType.Add => Expression.Add(left, right),
                ExpressionType.Subtract => Expression.Subtract(left, right),
                ExpressionType.Multiply => Expression.Multiply(left, right),
                ExpressionType.Divide => Expression.Divide(left, right),
                ExpressionType.LessThan => Generic(nameof(Vector256.LessThan), left, right),
                ExpressionType.LessThanOrEqual => Generic(nameof(Vector256.LessThanOrEqual), left, right),
                ExpressionType.GreaterThan => Generic(nameof(Vector256.GreaterThan), left, right),
                ExpressionType.GreaterThanOrEqual => Generic(nameof(Vector256.GreaterThanOrEqual), left, right),
                ExpressionType.Equal => Generic(nameof(Vector256.Equals), left, right),
                ExpressionType.NotEqual => Generic(nameof(Vector256.OnesComplement), Generic(nameof(Vector256.Equals), left, right)),
                ExpressionType.AndAlso or ExpressionType.And when b.Left.Type == typeof(bool) => Generic(nameof(Vector256.BitwiseAnd), left, right),
                ExpressionType.OrElse or ExpressionType.Or when b.Left.Type == typeof(bool) => Generic(nameof(Vector256.BitwiseOr), left, right),
                _ => null,
            };
        }

        private Expression? LiftUnary(UnaryExpression u)
        {
            if (u.Method is not null)
            {
                return null;
            }

            var operand = Lift(u.Operand);
            return (u.NodeType, operand) switch
            {
                (_, null) => null,
                (ExpressionType.Negate, _) => Expression.Negate(operand),
                (ExpressionType.UnaryPlus, _) => operand,
                (ExpressionType.Not, _) when u.Type == typeof(bool) => Generic(nameof(Vector256.OnesComplement), operand),
                (ExpressionType.Convert, _) when u.Type == u.Operand.Type => operand,
                _ => null,
            };
        }

        private Expression? LiftConditional(ConditionalExpression c)
        {
            var test = Lift(c.Test);
            var ifTrue = Lift(c.IfTrue);
            var ifFalse = Lift(c.IfFalse);
            return test is null || ifTrue is null || ifFalse is null || c.Type != element
                ? null
                : Generic(nameof(Vector256.ConditionalSelect), test, ifTrue, ifFalse);
        }

        private Expression? LiftCall(MethodCallExpression m)
        {
            if (m.Object is not null || (m.Method.DeclaringType != typeof(Math) && m.Method.DeclaringType != typeof(MathF))
                || m.Method.GetParameters().Any(p => p.ParameterType != element))
            {
                return null;
            }

            var arguments = new Expression[m.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                if ((arguments[i] = Lift(m.Arguments[i])!) is null)
                {
                    return null;
                }
            }

            return (m.Method.Name, arguments.Length) switch
            {
                ("Min" or "Max" or "Abs" or "Sqrt", _) => Generic(m.Method.Name, arguments),
                ("FusedMultiplyAdd", 3) or ("Exp", 1) or ("Log", 1) => Concrete(m.Method.Name, arguments),
                _ => null,
            };
        }

        /// <summary>A generic <c>Vector256.Name&lt;T&gt;(...)</c>.</summary>
        private Expression Generic(string name, params Expression[] arguments) => Call(name, [element], arguments);

        /// <summary>A non-generic overload on <c>Vector256&lt;float&gt;</c> or <c>Vector256&lt;double&gt;</c>.</summary>
        private Expression Concrete(string name, params Expression[] arguments)
        {
            var method = typeof(Vector256).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [.. arguments.Select(_ => _vector)])
                ?? throw new MissingMethodException(nameof(Vector256), name);
            return Expression.Call(method, arguments);
        }

        private static Expression Call(string name, Type[] typeArguments, params Expression[] arguments) =>
            Expression.Call(typeof(Vector256), name, typeArguments, arguments);
    }
}
