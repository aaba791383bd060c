using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;
using static BrainEvent.Jit.ExpressionLoops;
using BatchOpNames = BrainEvent.Jit.JitBatch<float, System.Runtime.Intrinsics.Vector256<float>, BrainEvent.Kernels.Simd.Lanes256<float>, BrainEvent.Kernels.DenseBatch<float>>;

namespace BrainEvent.Jit;

/// <summary>
/// The fused matrix product (see <c>Kernels/BatchGatherKernel.cs</c>): <c>Y[s, :] = sum_p w(p) X[targets[p], :]</c>.
/// Each slot's weight is broadcast over the batch, which is register-blocked in 8 vectors (Vector512 where
/// accelerated), then single vectors, then single lanes. A vectorised chain computes the weights of a
/// vector of slots together, as every other compiled path does, and takes them lane by lane.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class BatchEmitter
{
    public static Expression<FusedKernel> Emit<T>(KernelContext<T> k, bool events, bool vectorized)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var ops = BatchOps<T>(events);
        int lanes = (int)ops.GetProperty(nameof(BatchOpNames.Lanes))!.GetValue(null)!;
        var vector = ops.GetMethod(nameof(BatchOpNames.Zero))!.ReturnType;
        Expression Op(string name, params Expression[] arguments) => Expression.Call(ops, name, null, arguments);

        var batch = k.Local(typeof(int), "batch", Expression.Field(k.Args, nameof(FusedArgs.Batch)));
        var s = k.Local(typeof(int), "s");
        var start = k.Local(typeof(int), "start");
        var end = k.Local(typeof(int), "end");
        var c = k.Local(typeof(int), "c");
        var p = k.Local(typeof(int), "p");
        var w = k.Local(vector, "w");
        var row = k.Local(typeof(long), "row");
        var one = k.Local(typeof(T), "one");

        Expression OutputAt(int offset) =>
            Expression.Add(Expression.Multiply(Expression.Convert(s, typeof(long)), Expression.Convert(batch, typeof(long))),
                Expression.Convert(Expression.Add(c, Int(offset)), typeof(long)));

        Expression RowAt(int offset) => Expression.Add(row, Expression.Constant((long)offset));

        Expression RowOf(Expression slot) => Expression.Add(
            Expression.Multiply(
                Expression.Convert(Call(nameof(JitPrimitives.ReadInt), k.Targets, slot), typeof(long)),
                Expression.Convert(batch, typeof(long))),
            Expression.Convert(c, typeof(long)));

        var weights = k.Local(typeof(Vector256<T>), "weights");
        var lane = k.Local(typeof(int), "lane");
        var count = k.Local(typeof(int), "count");

        // Runs perSlot(slot, weight) for every slot of the segment, in order.
        Expression ForEachSlot(Func<Expression, Expression, Expression> perSlot)
        {
            if (!vectorized)
            {
                return For(p, start, end, perSlot(p, k.ScalarWeight(p)));
            }

            var slot = Expression.Add(p, lane);
            var weight = Expression.Call(typeof(Vector256), nameof(Vector256.GetElement), [typeof(T)], weights, lane);
            return Expression.Block(
                Expression.Assign(p, start),
                While(Expression.LessThan(p, end), Expression.Block(
                    Expression.Assign(count, Expression.Call(typeof(Math), nameof(Math.Min), null, Int(KernelContext<T>.Lanes), Expression.Subtract(end, p))),
                    Expression.Assign(weights, k.BlockWeight(p, count)),
                    For(lane, Int(0), count, perSlot(slot, weight)),
                    Expression.AddAssign(p, count))));
        }

        Expression Block(int vectors)
        {
            var acc = Enumerable.Range(0, vectors).Select(i => k.Local(vector, $"a{vectors}_{i}")).ToArray();
            Expression Accumulate(Expression slot, Expression weight) => Expression.Block(
            [
                Expression.Assign(row, RowOf(slot)),
                Expression.Assign(w, Op(nameof(BatchOpNames.Broadcast), weight)),
                .. acc.Select((a, i) => Expression.Assign(a, Op(nameof(BatchOpNames.Accumulate), a, w, k.X, RowAt(i * lanes)))),
            ]);
            return Expression.Block(
                [
                    .. acc.Select(a => Expression.Assign(a, Op(nameof(BatchOpNames.Zero)))),
                    ForEachSlot(Accumulate),
                    .. acc.Select((a, i) => Op(nameof(BatchOpNames.Store), k.Y, OutputAt(i * lanes), a)),
                    Expression.AddAssign(c, Int(vectors * lanes)),
                ]);
        }

        var single = Expression.Block(
            Expression.Assign(one, Expression.Default(typeof(T))),
            ForEachSlot((slot, weight) => Expression.Assign(one, Op(nameof(BatchOpNames.AccumulateOne), one, weight, k.X, RowOf(slot)))),
            Op(nameof(BatchOpNames.StoreOne), k.Y, OutputAt(0), one),
            Expression.PostIncrementAssign(c));

        var body = For(s, k.From, k.To, Expression.Block(
            Expression.Assign(start, k.SegmentStart(s)),
            Expression.Assign(end, Expression.Add(start, k.SegmentLength(s, start))),
            Expression.Assign(c, Int(0)),
            While(Expression.LessThanOrEqual(Expression.Add(c, Int(KernelRules.BatchBlockVectors * lanes)), batch), Block(KernelRules.BatchBlockVectors)),
            While(Expression.LessThanOrEqual(Expression.Add(c, Int(lanes)), batch), Block(1)),
            While(Expression.LessThan(c, batch), single)));
        return k.Lambda(body, events ? "FusedEventMatMat" : "FusedMatMat");
    }

    /// <summary>The batch vector of T (<see cref="KernelRules.WideBatchVectors"/>, as the library's kernel) and the operand kind.</summary>
    private static Type BatchOps<T>(bool events)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (vector, lanes) = KernelRules.WideBatchVectors
            ? (typeof(Vector512<T>), typeof(Lanes512<T>))
            : (typeof(Vector256<T>), typeof(Lanes256<T>));
        var operand = (events ? typeof(EventBatch<>) : typeof(DenseBatch<>)).MakeGenericType(typeof(T));
        return typeof(JitBatch<,,,>).MakeGenericType(typeof(T), vector, lanes, operand);
    }
}
