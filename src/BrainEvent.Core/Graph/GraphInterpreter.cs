using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Numerics;

namespace BrainEvent.Graph;

/// <summary>
/// Evaluates a value graph node by node into arrays: the plain, obviously-correct meaning of a graph.
/// A broadcast node evaluates to one value; any other node to one value per slot.
/// </summary>
internal static class GraphInterpreter<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>
    /// A lambda template as a uniform delegate: (first value, second value, holes). The holes are an array, not a
    /// span, so that the delegate also runs where expression trees are interpreted (Native AOT): the interpreter
    /// cannot pass a byref-like argument.
    /// </summary>
    private delegate T TemplateFunction(T a, T b, T[] holes);

    /// <summary>Each thread's holes for <see cref="EvaluateBroadcast"/>, which must not allocate per call.</summary>
    [ThreadStatic]
    private static T[]? s_broadcastHoles;

    private static readonly ConcurrentDictionary<StructuralKey, TemplateFunction> Compiled = new();

    public static ReadOnlyMemory<T> Evaluate(ValueNode<T> node, int nse)
    {
        return node switch
        {
            BufferLeaf<T> buffer => buffer.Values,
            ScalarSource<T> scalar => new[] { scalar.Read() },
            OpNode<T> op => EvaluateOp(op, nse),
            LambdaNode<T> lambda => EvaluateLambda(lambda, nse),
            _ => throw new InvalidOperationException($"Unknown graph node {node.GetType().Name}."),
        };
    }

    /// <summary>The single value of a broadcast node, computed without allocating.</summary>
    public static T EvaluateBroadcast(ValueNode<T> node)
    {
        switch (node)
        {
            case BufferLeaf<T> buffer:
                return buffer.Values.Span[0];
            case ScalarSource<T> scalar:
                return scalar.Read();
            case OpNode<T> op:
                var a = EvaluateBroadcast(op.Operands[0]);
                return Apply(op.Op, a, op.Operands.Count > 1 ? EvaluateBroadcast(op.Operands[1]) : a);
            case LambdaNode<T> lambda:
                var function = Compiled.GetOrAdd(lambda.Lambda.Key, static (_, template) => Compile(template), lambda.Lambda);
                int arity = lambda.Lambda.ValueArity;
                var first = EvaluateBroadcast(lambda.Operands[0]);
                var second = arity > 1 ? EvaluateBroadcast(lambda.Operands[1]) : first;

                // Filled after the operands, whose own lambdas use the same array.
                int holeCount = lambda.Lambda.HoleCount;
                var holes = s_broadcastHoles is { } scratch && scratch.Length >= holeCount ? scratch : s_broadcastHoles = new T[Math.Max(holeCount, 8)];
                for (int h = 0; h < holeCount; h++)
                {
                    holes[h] = ((ScalarSource<T>)lambda.Operands[arity + h]).Read();
                }

                return function(first, second, holes);
            default:
                throw new InvalidOperationException($"Unknown graph node {node.GetType().Name}.");
        }
    }

    /// <summary>The meaning of each built-in operator on one element.</summary>
    public static T Apply(ElementOp op, T a, T b) => op switch
    {
        ElementOp.Add => a + b,
        ElementOp.Subtract => a - b,
        ElementOp.Multiply => a * b,
        ElementOp.Divide => a / b,
        ElementOp.Remainder => a % b,
        ElementOp.Negate => -a,
        ElementOp.Abs => T.Abs(a),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown element operator."),
    };

    private static ReadOnlyMemory<T> EvaluateOp(OpNode<T> op, int nse)
    {
        var a = Evaluate(op.Operands[0], nse).Span;
        var b = op.Operands.Count > 1 ? Evaluate(op.Operands[1], nse).Span : a;
        var result = new T[op.IsBroadcast ? 1 : nse];
        for (int s = 0; s < result.Length; s++)
        {
            result[s] = Apply(op.Op, At(a, s), At(b, s));
        }

        return result;
    }

    private static ReadOnlyMemory<T> EvaluateLambda(LambdaNode<T> node, int nse)
    {
        var lambda = node.Lambda;
        var function = Compiled.GetOrAdd(lambda.Key, static (_, template) => Compile(template), lambda);
        var a = Evaluate(node.Operands[0], nse);
        var b = lambda.ValueArity > 1 ? Evaluate(node.Operands[1], nse) : a;
        var holes = new T[lambda.HoleCount];
        for (int h = 0; h < holes.Length; h++)
        {
            holes[h] = ((ScalarSource<T>)node.Operands[lambda.ValueArity + h]).Read();
        }

        var result = new T[node.IsBroadcast ? 1 : nse];
        for (int s = 0; s < result.Length; s++)
        {
            result[s] = function(At(a.Span, s), At(b.Span, s), holes);
        }

        return result;
    }

    private static T At(ReadOnlySpan<T> values, int slot) => values.Length == 1 ? values[0] : values[slot];


    private static TemplateFunction Compile(LiftedLambda lambda)
    {
        var a = Expression.Parameter(typeof(T), "a");
        var b = Expression.Parameter(typeof(T), "b");
        var holes = Expression.Parameter(typeof(T[]), "holes");
        var arguments = new Expression[lambda.Parameters.Count];
        arguments[0] = a;
        if (lambda.ValueArity > 1)
        {
            arguments[1] = b;
        }

        for (int h = 0; h < lambda.HoleCount; h++)
        {
            arguments[lambda.ValueArity + h] = Expression.ArrayIndex(holes, Expression.Constant(h));
        }

        var body = ParameterSubstitution.Apply(lambda, arguments);
        return Expression.Lambda<TemplateFunction>(body, a, b, holes).Compile();
    }
}
