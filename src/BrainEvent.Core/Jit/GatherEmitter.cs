using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.Intrinsics;
using static BrainEvent.Jit.ExpressionLoops;

namespace BrainEvent.Jit;

/// <summary>
/// The fused gather (see <c>Kernels/GatherKernel.cs</c>): for each segment, <c>sum_p w(p) * x[targets[p]]</c>
/// with the weight computed in registers from the leaves. Vectorised: two accumulators of hardware
/// gathers, the last partial vector masked; unrolled with constant offsets when the row length is known.
/// Terms go to the accumulators in the library kernel's order, so a chain whose values are exact gives
/// the library's result bit for bit. Scalar: one term at a time.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class GatherEmitter
{
    public static Expression<FusedKernel> Emit<T>(KernelContext<T> k, bool vectorized)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var s = k.Local(typeof(int), "s");
        var start = k.Local(typeof(int), "start");
        var length = k.Local(typeof(int), "length");
        var sum = vectorized ? VectorSegment(k, start, length) : ScalarSegment(k, start, length);
        var body = For(s, k.From, k.To, Expression.Block(
            Expression.Assign(start, k.SegmentStart(s)),
            Expression.Assign(length, k.SegmentLength(s, start)),
            Call<T>(nameof(JitPrimitives.Write), k.Y, s, sum)));
        return k.Lambda(body, "FusedGather");
    }

    private static Expression ScalarSegment<T>(KernelContext<T> k, ParameterExpression start, ParameterExpression length)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var sum = k.Local(typeof(T), "sum");
        var p = k.Local(typeof(int), "p");
        var term = Expression.Multiply(
            k.ScalarWeight(p), Call<T>(nameof(JitPrimitives.Read), k.X, Call(nameof(JitPrimitives.ReadInt), k.Targets, p)));
        return Expression.Block(
            Expression.Assign(sum, Expression.Default(typeof(T))),
            For(p, start, Expression.Add(start, length), Expression.AddAssign(sum, term)),
            sum);
    }

    private static Expression VectorSegment<T>(KernelContext<T> k, ParameterExpression start, ParameterExpression length)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = KernelContext<T>.Lanes;
        var acc = new[] { k.Local(typeof(Vector256<T>), "acc0"), k.Local(typeof(Vector256<T>), "acc1") };
        var statements = new List<Expression>
        {
            Expression.Assign(acc[0], Expression.Default(typeof(Vector256<T>))),
            Expression.Assign(acc[1], Expression.Default(typeof(Vector256<T>))),
        };

        Expression Full(Expression slot, ParameterExpression into) =>
            Expression.Assign(into, Fma<T>(k.VectorWeight(slot), Call<T>(nameof(JitPrimitives.Gather), k.X, k.Targets, slot), into));

        Expression Partial(Expression slot, Expression count, ParameterExpression into) =>
            Expression.Assign(into, Fma<T>(
                k.PartialVectorWeight(slot, count), Call<T>(nameof(JitPrimitives.GatherPartial), k.X, k.Targets, slot, count), into));

        if (k.UnrolledNConn > 0)
        {
            int block = 0;
            for (; (block + 1) * lanes <= k.UnrolledNConn; block++)
            {
                statements.Add(Full(Expression.Add(start, Int(block * lanes)), acc[block % 2]));
            }

            int rest = k.UnrolledNConn - block * lanes;
            if (rest > 0)
            {
                statements.Add(Partial(Expression.Add(start, Int(block * lanes)), Int(rest), acc[1]));
            }
        }
        else
        {
            var o = k.Local(typeof(int), "o");
            var end = Expression.Add(start, length);
            statements.Add(Expression.Assign(o, start));
            statements.Add(While(
                Expression.LessThanOrEqual(Expression.Add(o, Int(2 * lanes)), end),
                Expression.Block(Full(o, acc[0]), Full(Expression.Add(o, Int(lanes)), acc[1]), Expression.AddAssign(o, Int(2 * lanes)))));
            statements.Add(Expression.IfThen(
                Expression.LessThanOrEqual(Expression.Add(o, Int(lanes)), end),
                Expression.Block(Full(o, acc[0]), Expression.AddAssign(o, Int(lanes)))));
            statements.Add(Expression.IfThen(
                Expression.LessThan(o, end),
                Partial(o, Expression.Subtract(end, o), acc[1])));
        }

        statements.Add(Call<T>(nameof(JitPrimitives.Sum), Expression.Add(acc[0], acc[1])));
        return Expression.Block(statements);
    }

    private static Expression Fma<T>(Expression a, Expression b, Expression c) =>
        Expression.Call(typeof(Vector256).GetMethod(nameof(Vector256.FusedMultiplyAdd), [typeof(Vector256<T>), typeof(Vector256<T>), typeof(Vector256<T>)])!, a, b, c);
}
