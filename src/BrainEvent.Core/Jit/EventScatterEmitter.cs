using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.Intrinsics;
using static BrainEvent.Jit.ExpressionLoops;

namespace BrainEvent.Jit;

/// <summary>
/// The fused event scatter (see <c>Kernels/EventScatterKernel.cs</c>): clears the output, finds active
/// segments a 64-bit word at a time, and adds each slot's weight, computed in registers, into
/// <c>y[targets[p]]</c> in ascending slot order. Vectorised, the weights of a vector of slots (the last one
/// partial) are computed together and added lane by lane; otherwise slot by slot.
/// </summary>
internal static class EventScatterEmitter
{
    public static Expression<FusedKernel> Emit<T>(KernelContext<T> k, bool vectorized, bool bitPacked)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var active = k.Local(typeof(nint), "active", Expression.Field(k.Args, nameof(FusedArgs.Active)));
        var activeLength = k.Local(typeof(int), "activeLength", Expression.Field(k.Args, nameof(FusedArgs.ActiveLength)));
        var word = k.Local(typeof(int), "word");
        var bits = k.Local(typeof(ulong), "bits");
        var s = k.Local(typeof(int), "s");
        var start = k.Local(typeof(int), "start");
        var end = k.Local(typeof(int), "end");
        var p = k.Local(typeof(int), "p");

        Expression AddScalar(Expression slot) =>
            Call<T>(nameof(JitPrimitives.AddTo), k.Y, Call(nameof(JitPrimitives.ReadInt), k.Targets, slot), k.ScalarWeight(slot));

        var segment = new List<Expression>
        {
            Expression.Assign(start, k.SegmentStart(s)),
            Expression.Assign(end, Expression.Add(start, k.SegmentLength(s, start))),
            Expression.Assign(p, start),
        };
        segment.Add(vectorized ? VectorBlocks(k, p, end) : For(p, p, end, AddScalar(p)));

        var wordCount = Expression.RightShift(Expression.Add(activeLength, Int(63)), Int(6));
        var readWord = bitPacked
            ? Call(nameof(JitPrimitives.BitWord), active, word)
            : Call(nameof(JitPrimitives.BoolWord), active, activeLength, word);
        var body = Expression.Block(
            Call<T>(nameof(JitPrimitives.Clear), k.Y, Expression.Field(k.Args, nameof(FusedArgs.OutputLength))),
            For(word, Int(0), wordCount, Expression.Block(
                Expression.Assign(bits, readWord),
                While(Expression.NotEqual(bits, Expression.Constant(0UL)), Expression.Block(
                    Expression.Assign(s, Expression.Add(Expression.LeftShift(word, Int(6)), Call(nameof(JitPrimitives.TrailingZeroCount), bits))),
                    Expression.Assign(bits, Expression.And(bits, Expression.Subtract(bits, Expression.Constant(1UL)))),
                    Expression.Block(segment))))));
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
