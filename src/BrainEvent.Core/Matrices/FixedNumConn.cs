using System.Numerics;
using BrainEvent.Graph;
using BrainEvent.Jit;

namespace BrainEvent;

/// <summary>
/// A sparse matrix <c>W</c> of logical shape <c>(NumPre, NumPost)</c> in which every stored row has
/// exactly <see cref="NConn"/> connections. Storage is two row-major arrays of <see cref="StorageRows"/>
/// rows and <see cref="NConn"/> columns: the values (or one homogeneous weight) and the indices.
/// Duplicate indices in a row are legal and accumulate. Instances are immutable.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public abstract partial class FixedNumConn<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private StructuralKey? _valueStructure;
    private WeightGraph<T>? _weightGraph;

    private protected FixedNumConn(
        FixedNumConnKind kind, (int Rows, int Cols) shape, ConnStructure structure, ValueNode<T> values, ConnOptions options)
    {
        Kind = kind;
        Shape = shape;
        Structure = structure;
        Values = values;
        Options = options;
        if (options.MaintainDualLayout)
        {
            _ = structure.Mirror;
        }
    }

    /// <summary>Which class this is: rows per pre-synaptic neuron (FixedPost) or per post-synaptic neuron (FixedPre).</summary>
    public FixedNumConnKind Kind { get; }

    /// <summary>The logical shape <c>(NumPre, NumPost)</c>.</summary>
    public (int Rows, int Cols) Shape { get; }

    /// <summary>The number of pre-synaptic neurons (rows of <c>W</c>).</summary>
    public int NumPre => Shape.Rows;

    /// <summary>The number of post-synaptic neurons (columns of <c>W</c>).</summary>
    public int NumPost => Shape.Cols;

    /// <summary>The number of connections of every stored row.</summary>
    public int NConn => Structure.NConn;

    /// <summary>The number of stored rows: <see cref="NumPre"/> for FixedPost, <see cref="NumPost"/> for FixedPre.</summary>
    public int StorageRows => Structure.Rows;

    /// <summary>The number of stored slots, <c>StorageRows * NConn</c> (duplicates counted).</summary>
    public int Nse => Structure.Nse;

    /// <summary>Whether one weight serves every slot.</summary>
    public bool IsHomogeneous => Values.IsBroadcast;

    /// <summary>
    /// Whether the values are an unevaluated element-wise chain (from <c>Apply</c>, <c>Apply2</c> or an
    /// operator). Products, <see cref="Data"/> and <see cref="ToDense"/> evaluate it; <c>Evaluate()</c>
    /// keeps the result.
    /// </summary>
    public bool IsLazy => Values is not BufferLeaf<T>;

    /// <summary>The construction options.</summary>
    public ConnOptions Options { get; }

    /// <summary>
    /// The values, row-major: length <see cref="Nse"/>, or 1 when homogeneous. A lazy matrix computes them
    /// on each access (variables its lambdas capture are read then); call <c>Evaluate()</c> to keep them.
    /// </summary>
    public ReadOnlyMemory<T> Data => IsLazy ? EvaluateToArray() : ((BufferLeaf<T>)Values).Values;

    /// <summary>The indices, row-major, length <see cref="Nse"/>: post ids for FixedPost, pre ids for FixedPre.</summary>
    public ReadOnlyMemory<int> Indices => Structure.Indices;

    /// <summary>
    /// The layout buffers built so far: the column mirror (<c>indptr</c>, <c>row_of_slot</c>, <c>perm</c>,
    /// each a <see cref="ReadOnlyMemory{T}"/> of <see cref="int"/>) once a product needed it or
    /// <see cref="ConnOptions.MaintainDualLayout"/> asked for it at construction.
    /// </summary>
    public IReadOnlyDictionary<string, object> Buffers
    {
        get
        {
            var mirror = Structure.BuiltMirror;
            if (mirror is null)
            {
                return new Dictionary<string, object>();
            }

            return new Dictionary<string, object>
            {
                [ColumnMirror.IndptrName] = (ReadOnlyMemory<int>)mirror.IndptrArray,
                [ColumnMirror.RowOfSlotName] = (ReadOnlyMemory<int>)mirror.RowOfSlotArray,
                [ColumnMirror.PermName] = (ReadOnlyMemory<int>)mirror.PermArray,
            };
        }
    }

    /// <summary>
    /// The column-major mirror of the structure, built on first use (or at construction with
    /// <see cref="ConnOptions.MaintainDualLayout"/>) and shared with every matrix of the same structure.
    /// </summary>
    public ColumnMirror ColumnMirror => Structure.Mirror;

    internal ConnStructure Structure { get; }

    internal ValueNode<T> Values { get; }

    /// <summary>
    /// A new array of the values: a copy of the stored ones, a homogeneous chain's one value, or a chain
    /// computed by a compiled map (interpreted where this process cannot compile).
    /// </summary>
    internal T[] EvaluateToArray()
    {
        if (!IsLazy)
        {
            return ((BufferLeaf<T>)Values).Values.ToArray();
        }

        if (IsHomogeneous)
        {
            return [GraphInterpreter<T>.EvaluateBroadcast(Values)];
        }

        return RuntimeCompilation.IsSupported && FusedRunner<T>.CanFuse(WeightGraph) ? FusedRunner<T>.Map(this, WeightGraph) : GraphInterpreter<T>.Evaluate(Values, Nse).ToArray();
    }

    /// <summary>This matrix's pieces with other values.</summary>
    private protected ConnParts<T> Parts(ValueNode<T> values) => new(Kind, Shape, Structure, values, Options);

    /// <summary>The pieces of the transpose: the same structure and values, the other class, the shape swapped.</summary>
    private protected ConnParts<T> Transposed() =>
        new(Kind == FixedNumConnKind.FixedPost ? FixedNumConnKind.FixedPre : FixedNumConnKind.FixedPost,
            (Shape.Cols, Shape.Rows), Structure, Values, Options);

    /// <summary>The value graph's leaves in compile order (cached: the graph is immutable).</summary>
    internal WeightGraph<T> WeightGraph => _weightGraph ??= new WeightGraph<T>(Values);

    /// <summary>The structure of the value graph (cached: the graph is immutable).</summary>
    internal StructuralKey ValueStructure => _valueStructure ??= GraphStructure.KeyOf(Values);

    /// <summary>
    /// The dense matrix <c>W</c> of shape <c>(NumPre, NumPost)</c>; duplicate indices accumulate.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dense form does not fit in one array.</exception>
    public T[,] ToDense()
    {
        if ((long)NumPre * NumPost > Array.MaxLength)
        {
            throw new InvalidOperationException(
                $"The dense form {NumPre} x {NumPost} has {(long)NumPre * NumPost} elements, more than the largest array ({Array.MaxLength}).");
        }

        var dense = new T[NumPre, NumPost];
        var data = Data.Span;
        var indices = Indices.Span;
        bool rowsArePre = Kind == FixedNumConnKind.FixedPost;
        for (int row = 0; row < StorageRows; row++)
        {
            for (int k = 0; k < NConn; k++)
            {
                int slot = row * NConn + k;
                T w = data.Length == 1 ? data[0] : data[slot];
                if (rowsArePre)
                {
                    dense[row, indices[slot]] += w;
                }
                else
                {
                    dense[indices[slot], row] += w;
                }
            }
        }

        return dense;
    }

    /// <summary>
    /// Splits the matrix into its dynamic children (the value graph's leaves, the indices and any layout
    /// buffers) and its static metadata. A lazy matrix stays lazy: its leaves are returned, not its values.
    /// </summary>
    public (IReadOnlyList<object> Children, FixedNumConnAux Aux) TreeFlatten() => Pytree.Flatten(this);

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().Name.Split('`')[0]}<{typeof(T).Name}>(shape=({NumPre}, {NumPost}), nConn={NConn}, " +
        $"{(IsHomogeneous ? "homogeneous" : "heterogeneous")}{(IsLazy ? ", lazy" : string.Empty)})";
}
