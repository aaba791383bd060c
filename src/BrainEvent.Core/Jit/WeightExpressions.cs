using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.Intrinsics;
using BrainEvent.Graph;

namespace BrainEvent.Jit;

/// <summary>
/// Builds the expression that computes a graph's value at one slot (scalar) or at a vector of slots. The
/// user's lambdas are inlined with their parameters bound to the operands; each node's value is assigned to
/// a local once, so an operand a lambda uses twice is computed once. Leaves come from the caller: a load at
/// the current slot for a per-slot buffer, a hoisted local for a scalar.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class WeightExpressions
{
    /// <summary>The value as a block expression of type T, or <see cref="Vector256{T}"/> when <paramref name="vector"/>; null when a vector form does not exist.</summary>
    public static Expression? Build<T>(
        ValueNode<T> root, Func<int, Expression> slotLeaf, Func<int, Expression> scalarLeaf, bool vector)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var builder = new Builder<T>(slotLeaf, scalarLeaf, vector);
        var result = builder.Visit(root);
        return result is null ? null : Expression.Block(builder.Variables, [.. builder.Statements, result]);
    }

    /// <summary>Whether the graph has a vector form (tried once, at compile time).</summary>
    public static bool IsVectorizable<T>(ValueNode<T> root)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var probe = Expression.Parameter(typeof(Vector256<T>), "probe");
        return Build(root, _ => probe, _ => probe, vector: true) is not null;
    }

    [RequiresDynamicCode(RuntimeCompilation.Reason)]
    [RequiresUnreferencedCode(RuntimeCompilation.Reason)]
    private sealed class Builder<T>(Func<int, Expression> slotLeaf, Func<int, Expression> scalarLeaf, bool vector)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private int _slotLeaves;
        private int _scalarLeaves;

        public List<ParameterExpression> Variables { get; } = [];

        public List<Expression> Statements { get; } = [];

        private Type ValueType => vector ? typeof(Vector256<T>) : typeof(T);

        public Expression? Visit(ValueNode<T> node)
        {
            switch (node)
            {
                case BufferLeaf<T> { IsBroadcast: false }:
                    return Bind(slotLeaf(_slotLeaves++));
                case BufferLeaf<T> or ScalarSource<T>:
                    return scalarLeaf(_scalarLeaves++);
            }

            var operands = new Expression[node.Operands.Count];
            for (int i = 0; i < operands.Length; i++)
            {
                if ((operands[i] = Visit(node.Operands[i])!) is null)
                {
                    return null;
                }
            }

            var value = node switch
            {
                OpNode<T> op => vector ? VectorOp(op.Op, operands) : ScalarOp(op.Op, operands),
                LambdaNode<T> lambda => Inline(lambda.Lambda, operands),
                _ => throw new InvalidOperationException($"Unknown graph node {node.GetType().Name}."),
            };
            return value is null ? null : Bind(value);
        }

        private ParameterExpression Bind(Expression value)
        {
            var local = Expression.Variable(ValueType, "t" + Variables.Count);
            Variables.Add(local);
            Statements.Add(Expression.Assign(local, value));
            return local;
        }

        private Expression? Inline(LiftedLambda lambda, Expression[] operands)
        {
            if (!vector)
            {
                return ParameterSubstitution.Apply(lambda, operands);
            }

            var map = new Dictionary<ParameterExpression, Expression>();
            for (int i = 0; i < operands.Length; i++)
            {
                map[lambda.Parameters[i]] = operands[i];
            }

            return VectorLifter.TryLift<T>(lambda.Body, map);
        }

        private static Expression ScalarOp(ElementOp op, Expression[] x) => op switch
        {
            ElementOp.Add => Expression.Add(x[0], x[1]),
            ElementOp.Subtract => Expression.Subtract(x[0], x[1]),
            ElementOp.Multiply => Expression.Multiply(x[0], x[1]),
            ElementOp.Divide => Expression.Divide(x[0], x[1]),
            ElementOp.Remainder => Expression.Modulo(x[0], x[1]),
            ElementOp.Negate => Expression.Negate(x[0]),
            ElementOp.Abs => Expression.Call(typeof(Math).GetMethod(nameof(Math.Abs), [typeof(T)])!, x[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown element operator."),
        };

        /// <summary>The operators with a vector form; C#'s % has none with identical results.</summary>
        private static Expression? VectorOp(ElementOp op, Expression[] x) => op switch
        {
            ElementOp.Add => Expression.Add(x[0], x[1]),
            ElementOp.Subtract => Expression.Subtract(x[0], x[1]),
            ElementOp.Multiply => Expression.Multiply(x[0], x[1]),
            ElementOp.Divide => Expression.Divide(x[0], x[1]),
            ElementOp.Negate => Expression.Negate(x[0]),
            ElementOp.Abs => Expression.Call(typeof(Vector256), nameof(Vector256.Abs), [typeof(T)], x[0]),
            _ => null,
        };
    }
}
