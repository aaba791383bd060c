using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.Intrinsics;
using static BrainEvent.Jit.ExpressionLoops;

namespace BrainEvent.Jit;

/// <summary>
/// The common frame of a compiled kernel: its parameters (<see cref="FusedArgs"/>, from, to), the
/// addresses and scalar leaves read once in the prologue, and the weight at a slot or a vector of slots.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal sealed class KernelContext<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly WeightGraph<T> _graph;
    private readonly bool _hasVectorForm;
    private readonly ParameterExpression[] _slotLeafPointers;
    private readonly ParameterExpression[] _scalars;
    private readonly ParameterExpression[] _scalarVectors;

    public KernelContext(WeightGraph<T> graph, SegmentLayout layout, int unrolledNConn, bool hasVectorForm)
    {
        _graph = graph;
        _hasVectorForm = hasVectorForm;
        Layout = layout;
        UnrolledNConn = unrolledNConn;
        Targets = Local(typeof(nint), "targets", Expression.Field(Args, nameof(FusedArgs.Targets)));
        X = Local(typeof(nint), "x", Expression.Field(Args, nameof(FusedArgs.X)));
        Y = Local(typeof(nint), "y", Expression.Field(Args, nameof(FusedArgs.Y)));
        Indptr = Local(typeof(nint), "indptr", Expression.Field(Args, nameof(FusedArgs.Indptr)));
        NConn = unrolledNConn > 0 ? Int(unrolledNConn) : Local(typeof(int), "nConn", Expression.Field(Args, nameof(FusedArgs.NConn)));
        _slotLeafPointers = [.. graph.SlotLeaves.Select((_, i) =>
            Local(typeof(nint), "leaf" + i, Call(nameof(JitPrimitives.ReadPointer), Expression.Field(Args, nameof(FusedArgs.SlotLeaves)), Int(i))))];
        _scalars = [.. graph.ScalarLeaves.Select((_, j) =>
            Local(typeof(T), "s" + j, Call<T>(nameof(JitPrimitives.Read), Expression.Field(Args, nameof(FusedArgs.Scalars)), Int(j))))];
        _scalarVectors = [.. _scalars.Select((s, j) =>
            Local(typeof(Vector256<T>), "sv" + j, Expression.Call(typeof(Vector256), nameof(Vector256.Create), [typeof(T)], s)))];
    }

    public ParameterExpression Args { get; } = Expression.Parameter(typeof(FusedArgs), "args");

    public ParameterExpression From { get; } = Expression.Parameter(typeof(int), "from");

    public ParameterExpression To { get; } = Expression.Parameter(typeof(int), "to");

    public SegmentLayout Layout { get; }

    /// <summary>The connections per row when the kernel is unrolled for it, else 0.</summary>
    public int UnrolledNConn { get; }

    public ParameterExpression Targets { get; }

    public ParameterExpression X { get; }

    public ParameterExpression Y { get; }

    public ParameterExpression Indptr { get; }

    /// <summary>A constant when unrolled, else read from the arguments.</summary>
    public Expression NConn { get; }

    public List<ParameterExpression> Variables { get; } = [];

    public List<Expression> Prologue { get; } = [];

    public static int Lanes => Vector256<T>.Count;

    public ParameterExpression Local(Type type, string name, Expression? initial = null)
    {
        var local = Expression.Variable(type, name);
        Variables.Add(local);
        if (initial is not null)
        {
            Prologue.Add(Expression.Assign(local, initial));
        }

        return local;
    }

    /// <summary>Prefetches a segment's targets and per-slot leaves, as the library's event kernel does.</summary>
    public Expression PrefetchSegment(Expression start, Expression length) => Expression.Block(
        [
            Call<int>(nameof(JitPrimitives.Prefetch), Targets, start, length),
            .. _slotLeafPointers.Select(leaf => Call<T>(nameof(JitPrimitives.Prefetch), leaf, start, length)),
        ]);

    public Expression SegmentStart(Expression segment) => Layout == SegmentLayout.Rows
        ? Expression.Multiply(segment, NConn)
        : Call(nameof(JitPrimitives.ReadInt), Indptr, segment);

    public Expression SegmentLength(Expression segment, Expression start) => Layout == SegmentLayout.Rows
        ? NConn
        : Expression.Subtract(Call(nameof(JitPrimitives.ReadInt), Indptr, Expression.Increment(segment)), start);

    public Expression ScalarWeight(Expression slot) =>
        WeightExpressions.Build(_graph.Root, i => Call<T>(nameof(JitPrimitives.Read), _slotLeafPointers[i], slot), j => _scalars[j], vector: false)!;

    /// <summary>The weights of a full vector of slots: the chain's vector form, or its scalar form on each lane.</summary>
    public Expression VectorWeight(Expression slot)
    {
        if (!_hasVectorForm)
        {
            return ScalarLanes(lane => ScalarWeight(Expression.Add(slot, Int(lane))));
        }

        return WeightExpressions.Build(_graph.Root, i => Call<T>(nameof(JitPrimitives.Load), _slotLeafPointers[i], slot), j => _scalarVectors[j], vector: true)!;
    }

    /// <summary>The weight of the first <paramref name="count"/> lanes; the other lanes are forced to zero, whatever the chain makes of a zero input.</summary>
    public Expression PartialVectorWeight(Expression slot, Expression count)
    {
        if (!_hasVectorForm)
        {
            // Lanes past the count are not computed: their slots may lie past the end of the buffers.
            return ScalarLanes(lane => Expression.Condition(
                Expression.LessThan(Int(lane), count), ScalarWeight(Expression.Add(slot, Int(lane))), Expression.Default(typeof(T))));
        }

        var weight = WeightExpressions.Build(
            _graph.Root, i => Call<T>(nameof(JitPrimitives.LoadPartial), _slotLeafPointers[i], slot, count), j => _scalarVectors[j], vector: true)!;
        return Expression.And(weight, Call<T>(nameof(JitPrimitives.FirstLanes), count));
    }

    /// <summary>
    /// The weight of the <paramref name="count"/> slots from <paramref name="slot"/> as a vector: a full
    /// vector when <paramref name="count"/> is the lane count, else a partial one. Every slot of a vectorised
    /// kernel is computed this way, as the library's weight sources do, so all compiled paths (products and
    /// <c>Evaluate()</c>) agree bit for bit even where a vector function (Exp, Log) differs from the scalar one.
    /// </summary>
    public Expression BlockWeight(Expression slot, Expression count) =>
        Expression.Condition(Expression.Equal(count, Int(Lanes)), VectorWeight(slot), PartialVectorWeight(slot, count));

    /// <summary><c>Vector256.Create(lane(0), ..., lane(Lanes - 1))</c>.</summary>
    private static Expression ScalarLanes(Func<int, Expression> lane)
    {
        var create = typeof(Vector256).GetMethod(nameof(Vector256.Create), [.. Enumerable.Repeat(typeof(T), Lanes)])!;
        return Expression.Call(create, Enumerable.Range(0, Lanes).Select(lane));
    }

    public Expression<FusedKernel> Lambda(Expression body, string name) =>
        Expression.Lambda<FusedKernel>(Expression.Block(Variables, [.. Prologue, body]), name, [Args, From, To]);
}
