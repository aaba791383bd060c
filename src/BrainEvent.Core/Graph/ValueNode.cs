using System.Numerics;

namespace BrainEvent.Graph;

/// <summary>
/// A node of the immutable expression graph that gives a matrix's values slot by slot. Leaves are value
/// buffers and scalars; inner nodes are built-in operators and users' lambdas. A node is a broadcast
/// when it has one value for every slot (a homogeneous weight).
/// </summary>
internal abstract class ValueNode<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public abstract bool IsBroadcast { get; }

    public virtual IReadOnlyList<ValueNode<T>> Operands => [];
}

/// <summary>A stored value buffer: one value per slot, or one value for all (broadcast).</summary>
internal sealed class BufferLeaf<T>(ReadOnlyMemory<T> values, bool broadcast) : ValueNode<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private ColumnOrderedValues? _columnOrdered;

    public ReadOnlyMemory<T> Values { get; } = values;

    public override bool IsBroadcast { get; } = broadcast;

    /// <summary>
    /// The values in mirror order, <c>values[perm[p]]</c>, built on first use and kept with the buffer:
    /// products through the mirror then read values sequentially instead of one random access per slot.
    /// A broadcast needs no reordering.
    /// </summary>
    public ReadOnlyMemory<T> InMirrorOrder(ColumnMirror mirror)
    {
        if (IsBroadcast)
        {
            return Values;
        }

        var cached = Volatile.Read(ref _columnOrdered);
        if (cached is not null && ReferenceEquals(cached.Mirror, mirror))
        {
            return cached.Values;
        }

        var source = Values.Span;
        var perm = mirror.Perm;
        var ordered = GC.AllocateUninitializedArray<T>(perm.Length);
        for (int p = 0; p < ordered.Length; p++)
        {
            ordered[p] = source[perm[p]];
        }

        Volatile.Write(ref _columnOrdered, new ColumnOrderedValues(mirror, ordered));
        return ordered;
    }

    private sealed record ColumnOrderedValues(ColumnMirror Mirror, T[] Values);
}

/// <summary>A single value that every slot sees: a constant, or a value captured by a user's lambda.</summary>
internal abstract class ScalarSource<T> : ValueNode<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public override bool IsBroadcast => true;

    public abstract T Read();
}

/// <summary>A constant: an operator's scalar operand or a literal lifted out of a lambda.</summary>
internal sealed class ScalarLeaf<T>(T value) : ScalarSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public T Value { get; } = value;

    public override T Read() => Value;
}

/// <summary>A variable captured by a user's lambda; read each time the graph is evaluated.</summary>
internal sealed class CapturedLeaf<T>(object? root, Func<object?, T> reader) : ScalarSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public override T Read() => reader(root);
}

/// <summary>A built-in operator applied slot by slot.</summary>
internal sealed class OpNode<T>(ElementOp op, params ValueNode<T>[] operands) : ValueNode<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public ElementOp Op { get; } = op;

    public override IReadOnlyList<ValueNode<T>> Operands { get; } = operands;

    public override bool IsBroadcast { get; } = operands.All(o => o.IsBroadcast);
}

/// <summary>
/// A user's lambda applied slot by slot. The operands are the lambda's value arguments followed by its
/// holes (the constants and captured variables lifted out of the body), so a lambda is a pure function of
/// its operands and two lambdas that differ only in those values share one structure.
/// </summary>
internal sealed class LambdaNode<T>(LiftedLambda lambda, ValueNode<T>[] operands) : ValueNode<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public LiftedLambda Lambda { get; } = lambda;

    public override IReadOnlyList<ValueNode<T>> Operands { get; } = operands;

    public override bool IsBroadcast { get; } = operands.All(o => o.IsBroadcast);
}
