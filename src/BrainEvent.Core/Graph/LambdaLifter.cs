using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;

namespace BrainEvent.Graph;

/// <summary>Lifts the element-type constants and captured variables out of a user's lambda.</summary>
internal static class LambdaLifter
{
    public static (LiftedLambda Lambda, ValueNode<T>[] Holes) Lift<T>(LambdaExpression lambda)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rewriter = new HoleRewriter<T>();
        var body = rewriter.Visit(lambda.Body);
        var parameters = lambda.Parameters.Concat(rewriter.HoleParameters).ToArray();
        var key = ExpressionKeyWriter.Write(body, parameters, lambda.Parameters.Count);
        return (new LiftedLambda(body, parameters, lambda.Parameters.Count, key), rewriter.Holes.ToArray());
    }

    /// <summary>Replaces each T constant and each T member read off a closure by a new parameter.</summary>
    private sealed class HoleRewriter<T> : ExpressionVisitor
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public List<ParameterExpression> HoleParameters { get; } = [];

        public List<ValueNode<T>> Holes { get; } = [];

        protected override Expression VisitConstant(ConstantExpression node)
        {
            return node.Type == typeof(T) ? NewHole(new ScalarLeaf<T>((T)node.Value!)) : node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Type == typeof(T) && TryGetClosureRoot(node, out var root))
            {
                return NewHole(new CapturedLeaf<T>(root, ClosureReaders<T>.For(node)));
            }

            return base.VisitMember(node);
        }

        private ParameterExpression NewHole(ValueNode<T> leaf)
        {
            var parameter = Expression.Parameter(typeof(T), "h" + HoleParameters.Count);
            HoleParameters.Add(parameter);
            Holes.Add(leaf);
            return parameter;
        }

        /// <summary>A chain of field or property reads that starts at a constant object or a static member.</summary>
        private static bool TryGetClosureRoot(MemberExpression node, out object? root)
        {
            Expression? current = node;
            while (current is MemberExpression member && member.Member is FieldInfo or PropertyInfo)
            {
                current = member.Expression;
            }

            root = (current as ConstantExpression)?.Value;
            return current is null || current is ConstantExpression;
        }
    }

    /// <summary>Compiled readers of closure member chains, one per distinct chain of members.</summary>
    private static class ClosureReaders<T>
    {
        private static readonly ConcurrentDictionary<string, Func<object?, T>> Cache = new();

        public static Func<object?, T> For(MemberExpression chain)
        {
            var members = new List<MemberInfo>();
            Expression? e = chain;
            for (; e is MemberExpression m; e = m.Expression)
            {
                members.Add(m.Member);
            }

            string rootType = e?.Type.AssemblyQualifiedName ?? "static";
            // A field or property is named uniquely within its declaring type (which the assembly-qualified name
            // pins down, generic arguments included); metadata tokens would do too, but Native AOT has none.
            string id = rootType + "|" + string.Join("|", members.Select(m => $"{m.DeclaringType?.AssemblyQualifiedName}::{m.Name}"));
            return Cache.GetOrAdd(id, static (_, chain) => Compile(chain), chain);
        }

        private static Func<object?, T> Compile(MemberExpression chain)
        {
            var argument = Expression.Parameter(typeof(object), "root");
            var replaced = new RootReplacer(argument).Visit(chain);
            return Expression.Lambda<Func<object?, T>>(replaced, argument).Compile();
        }
    }

    /// <summary>Reads the chain's root from the reader's argument instead of the original constant.</summary>
    private sealed class RootReplacer(ParameterExpression argument) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) => Expression.Convert(argument, node.Type);
    }
}
