using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using static BrainEvent.Jit.ExpressionLoops;

namespace BrainEvent.Jit;

/// <summary>
/// <c>Evaluate()</c> compiled: <c>y[p] = w(p)</c> for slots <c>[from, to)</c>, a vector of slots at a time
/// (the last one partial) where the chain has a vector form, else one by one.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class MapEmitter
{
    public static Expression<FusedKernel> Emit<T>(KernelContext<T> k, bool vectorized)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var p = k.Local(typeof(int), "p");
        if (!vectorized)
        {
            return k.Lambda(For(p, k.From, k.To, Call<T>(nameof(JitPrimitives.Write), k.Y, p, k.ScalarWeight(p))), "FusedMap");
        }

        int lanes = KernelContext<T>.Lanes;
        var count = k.Local(typeof(int), "count");
        var body = Expression.Block(
            Expression.Assign(p, k.From),
            While(
                Expression.LessThanOrEqual(Expression.Add(p, Int(lanes)), k.To),
                Expression.Block(Call<T>(nameof(JitPrimitives.Store), k.Y, p, k.VectorWeight(p)), Expression.AddAssign(p, Int(lanes)))),
            Expression.Assign(count, Expression.Subtract(k.To, p)),
            Expression.IfThen(
                Expression.GreaterThan(count, Int(0)),
                Call<T>(nameof(JitPrimitives.StorePartial), k.Y, p, count, k.PartialVectorWeight(p, count))));
        return k.Lambda(body, "FusedMap");
    }
}
