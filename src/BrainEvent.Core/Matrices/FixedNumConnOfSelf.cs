using System.Linq.Expressions;
using System.Numerics;
using BrainEvent.Graph;

namespace BrainEvent;

/// <summary>
/// The operations of <see cref="FixedNumConn{T}"/> that return the same concrete class with the same
/// structure: element-wise transforms (lazy), new values and evaluation.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <typeparam name="TSelf">The concrete class, <see cref="FixedPostNumConn{T}"/> or <see cref="FixedPreNumConn{T}"/>.</typeparam>
public abstract partial class FixedNumConn<T, TSelf> : FixedNumConn<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSelf : FixedNumConn<T, TSelf>
{
    private protected FixedNumConn(ConnParts<T> parts)
        : base(parts.Kind, parts.Shape, parts.Structure, parts.Values, parts.Options)
    {
    }

    /// <summary>
    /// A matrix with the same structure whose values are <c>fn(value)</c> slot by slot. Lazy: nothing is
    /// computed until the values are needed. Variables the lambda captures are read at evaluation time.
    /// </summary>
    public TSelf Apply(Expression<Func<T, T>> fn)
    {
        ArgumentNullException.ThrowIfNull(fn);
        return WithValues(Lambda(fn, Values));
    }

    /// <summary>
    /// A matrix whose values are <c>fn(value, scalar)</c>, or <c>fn(scalar, value)</c> when
    /// <paramref name="reverse"/> is true. Lazy.
    /// </summary>
    public TSelf Apply2(T scalar, Expression<Func<T, T, T>> fn, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(fn);
        return WithValues(Binary(fn, Values, new ScalarLeaf<T>(scalar), reverse));
    }

    /// <summary>
    /// A matrix whose values are <c>fn(value, other's value)</c> slot by slot (reversed when asked).
    /// <paramref name="other"/> must have the same structure: the same shape and the same indices.
    /// </summary>
    public TSelf Apply2(TSelf other, Expression<Func<T, T, T>> fn, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(fn);
        RequireSameStructure(other, nameof(other));
        return WithValues(Binary(fn, Values, other.Values, reverse));
    }

    /// <summary>
    /// A matrix whose values are <c>fn(value, dense[i, j])</c> where <c>(i, j)</c> is each slot's
    /// position in <c>W</c> (reversed when asked). <paramref name="dense"/> must have shape <see cref="FixedNumConn{T}.Shape"/>;
    /// it is sampled now, so later changes to it do not reach the result.
    /// </summary>
    public TSelf Apply2(T[,] dense, Expression<Func<T, T, T>> fn, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(dense);
        ArgumentNullException.ThrowIfNull(fn);
        var sampled = SampleAtSlots(dense);
        return WithValues(Binary(fn, Values, new BufferLeaf<T>(sampled, broadcast: false), reverse));
    }

    /// <summary>The element-wise absolute value. Lazy.</summary>
    public TSelf Abs() => WithValues(new OpNode<T>(ElementOp.Abs, Values));

    /// <summary>
    /// The same structure (shared, with its column mirror) with new values: <see cref="FixedNumConn{T}.Nse"/>
    /// of them, or one homogeneous value. The memory is used as given, not copied.
    /// </summary>
    public TSelf WithData(ReadOnlyMemory<T> data)
    {
        if (data.Length != Nse && data.Length != 1)
        {
            throw new ArgumentException(
                $"data must hold Nse = {Nse} values (one per index) or 1 homogeneous value; got {data.Length}.", nameof(data));
        }

        return WithValues(new BufferLeaf<T>(data, broadcast: data.Length == 1 && Nse != 1));
    }

    /// <summary>
    /// A matrix holding its own evaluated copy of the values (the structure is shared). A chain is computed
    /// by the same compiled machinery as the products: one fused map over the slots.
    /// </summary>
    public TSelf Evaluate() => WithValues(new BufferLeaf<T>(EvaluateToArray(), IsHomogeneous));

    /// <summary>Rebuilds a matrix of this class from <see cref="FixedNumConn{T}.TreeFlatten"/>'s output.</summary>
    private protected static TSelf Unflatten(
        FixedNumConnAux aux, IReadOnlyList<object> children, FixedNumConnKind kind, Func<ConnParts<T>, TSelf> create)
    {
        return create(Pytree.Unflatten<T>(aux, children, kind));
    }

    /// <summary>A matrix of this class with the same kind, shape, structure and options.</summary>
    private protected abstract TSelf WithValues(ValueNode<T> values);

    /// <summary>The built-in operator with a scalar on either side; <paramref name="matrixName"/> is the operator's parameter.</summary>
    private protected static TSelf Operator(ElementOp op, TSelf matrix, T scalar, bool scalarFirst, string matrixName)
    {
        ArgumentNullException.ThrowIfNull(matrix, matrixName);
        var scalarLeaf = new ScalarLeaf<T>(scalar);
        return matrix.WithValues(scalarFirst ? new OpNode<T>(op, scalarLeaf, matrix.Values) : new OpNode<T>(op, matrix.Values, scalarLeaf));
    }

    /// <summary>The built-in operator between two matrices of the same structure, the operator's <c>a</c> and <c>b</c>.</summary>
    private protected static TSelf Operator(ElementOp op, TSelf a, TSelf b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.RequireSameStructure(b, nameof(b));
        return a.WithValues(new OpNode<T>(op, a.Values, b.Values));
    }

    /// <summary>A unary built-in operator on the operator's <c>a</c>.</summary>
    private protected static TSelf Operator(ElementOp op, TSelf a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.WithValues(new OpNode<T>(op, a.Values));
    }

    private static LambdaNode<T> Lambda(LambdaExpression fn, params ValueNode<T>[] arguments)
    {
        var (lambda, holes) = LambdaLifter.Lift<T>(fn);
        return new LambdaNode<T>(lambda, [.. arguments, .. holes]);
    }

    private static LambdaNode<T> Binary(LambdaExpression fn, ValueNode<T> self, ValueNode<T> other, bool reverse) =>
        reverse ? Lambda(fn, other, self) : Lambda(fn, self, other);

    private void RequireSameStructure(FixedNumConn<T> other, string paramName)
    {
        if (other.Shape != Shape || !other.Structure.HasSameConnectivity(Structure))
        {
            throw new ArgumentException(
                $"{paramName} must have the same structure (shape ({NumPre}, {NumPost}), nConn {NConn} and the same indices); " +
                $"got shape ({other.NumPre}, {other.NumPost}), nConn {other.NConn}{(other.Shape == Shape && other.NConn == NConn ? " with other indices" : string.Empty)}.",
                paramName);
        }
    }

    private T[] SampleAtSlots(T[,] dense)
    {
        if (dense.GetLength(0) != NumPre || dense.GetLength(1) != NumPost)
        {
            throw new ArgumentException(
                $"dense must have the matrix's shape ({NumPre}, {NumPost}); got ({dense.GetLength(0)}, {dense.GetLength(1)}).", nameof(dense));
        }

        var indices = Indices.Span;
        var sampled = new T[Nse];
        bool rowsArePre = Kind == FixedNumConnKind.FixedPost;
        for (int slot = 0; slot < sampled.Length; slot++)
        {
            int row = slot / NConn;
            sampled[slot] = rowsArePre ? dense[row, indices[slot]] : dense[indices[slot], row];
        }

        return sampled;
    }
}
