using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels;
using static BrainEvent.Jit.ExpressionLoops;

namespace BrainEvent.Jit;

/// <summary>
/// The fused event scatter (see <c>Kernels/EventScatterKernel.cs</c>, whose active-entry cursor it uses,
/// with the prefetch distance of <see cref="KernelRules"/>): clears the output, walks the active segments in ascending order with
/// their slots prefetched a few segments ahead, and adds each slot's weight, computed in registers, into
/// <c>y[targets[p]]</c> in ascending slot order, publishing its count of added segments as the library kernel does for
/// the helper that prefetches ahead of it on large matrices (<see cref="SegmentPrefetcher"/>). Vectorised, the
/// weights of a vector of slots (the last one partial) are computed together and added lane by lane; otherwise slot
/// by slot.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class EventScatterEmitter
{
    public static Expression<FusedKernel> Emit<T>(KernelContext<T> k, bool vectorized, bool bitPacked)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var active = Expression.Field(k.Args, nameof(FusedArgs.Active));
        var activeLength = Expression.Field(k.Args, nameof(FusedArgs.ActiveLength));
        var cursorFactory = bitPacked ? nameof(JitPrimitives.BitCursor) : nameof(JitPrimitives.BoolCursor);
        var cursor = k.Local(typeof(JitPrimitives).GetMethod(cursorFactory)!.ReturnType, "cursor", Call(cursorFactory, active, activeLength));
        var upcoming = Enumerable.Range(0, KernelRules.Lookahead + 1).Select(i => k.Local(typeof(int), "upcoming" + i)).ToArray();
        var start = k.Local(typeof(int), "start");
        var end = k.Local(typeof(int), "end");
        var p = k.Local(typeof(int), "p");
        var done = k.Local(typeof(int), "done", Int(0));
        var added = Expression.Field(k.Args, nameof(FusedArgs.Added));

        Expression Next(ParameterExpression into) => Expression.Block(
            Expression.Assign(into, Expression.Call(cursor, "Next", null)),
            Expression.IfThen(
                Expression.GreaterThanOrEqual(into, Int(0)),
                Expression.Block(
                    Expression.Assign(start, k.SegmentStart(into)),
                    k.PrefetchSegment(start, k.SegmentLength(into, start)))));

        var current = upcoming[0];
        var add = Expression.Block(
            Expression.Assign(start, k.SegmentStart(current)),
            Expression.Assign(end, Expression.Add(start, k.SegmentLength(current, start))),
            Expression.Assign(p, start),
            vectorized
                ? VectorBlocks(k, p, end)
                : For(p, p, end, Call<T>(nameof(JitPrimitives.AddTo), k.Y, Call(nameof(JitPrimitives.ReadInt), k.Targets, p), k.ScalarWeight(p))));

        // The library kernel's loop: keep the next Lookahead active segments prefetched, add the oldest, and publish
        // the count for the prefetching helper (SegmentPrefetcher) when it has one.
        var body = Expression.Block(
            [
                Call<T>(nameof(JitPrimitives.Clear), k.Y, Expression.Field(k.Args, nameof(FusedArgs.OutputLength))),
                .. upcoming.Take(upcoming.Length - 1).Select(Next),
                While(Expression.GreaterThanOrEqual(current, Int(0)), Expression.Block(
                    [
                        Next(upcoming[^1]),
                        add,
                        Call(nameof(JitPrimitives.Publish), added, Expression.PreIncrementAssign(done)),
                        .. upcoming.Skip(1).Select((u, i) => Expression.Assign(upcoming[i], u)),
                    ])),
            ]);
        return k.Lambda(body, bitPacked ? "FusedEventScatterBits" : "FusedEventScatterBools");
    }

    /// <summary>
    /// The slots from <paramref name="p"/> to <paramref name="end"/> a vector at a time: the weights of a
    /// vector computed together, then added lane by lane. Unrolled with constant offsets when the row
    /// length is known.
    /// </summary>
    private static Expression VectorBlocks<T>(KernelContext<T> k, ParameterExpression p, ParameterExpression end)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = KernelContext<T>.Lanes;
        var w = k.Local(typeof(Vector256<T>), "w");
        var lane = k.Local(typeof(int), "lane");
        var count = k.Local(typeof(int), "count");

        Expression AddLane(Expression index) => Call<T>(
            nameof(JitPrimitives.AddTo),
            k.Y,
            Call(nameof(JitPrimitives.ReadInt), k.Targets, Expression.Add(p, index)),
            Expression.Call(typeof(Vector256), nameof(Vector256.GetElement), [typeof(T)], w, index));

        Expression FullBlock() => Expression.Block(
            [
                Expression.Assign(w, k.VectorWeight(p)),
                .. Enumerable.Range(0, lanes).Select(l => AddLane(Int(l))),
                Expression.AddAssign(p, Int(lanes)),
            ]);

        Expression PartialBlock(Expression n) => Expression.Block(
            Expression.Assign(count, n),
            Expression.Assign(w, k.PartialVectorWeight(p, count)),
            For(lane, Int(0), count, AddLane(lane)),
            Expression.AddAssign(p, count));

        if (k.UnrolledNConn > 0)
        {
            int rest = k.UnrolledNConn % lanes;
            return Expression.Block(
                [
                    Expression.Empty(),
                    .. Enumerable.Range(0, k.UnrolledNConn / lanes).Select(_ => FullBlock()),
                    .. rest > 0 ? [PartialBlock(Int(rest))] : Array.Empty<Expression>(),
                ]);
        }

        return Expression.Block(
            While(Expression.LessThanOrEqual(Expression.Add(p, Int(lanes)), end), FullBlock()),
            Expression.IfThen(Expression.LessThan(p, end), PartialBlock(Expression.Subtract(end, p))));
    }
}
