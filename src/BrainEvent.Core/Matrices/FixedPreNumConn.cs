using System.Numerics;
using BrainEvent.Builders;
using BrainEvent.Graph;
using BrainEvent.IO;

namespace BrainEvent;

/// <summary>
/// A matrix with a fixed number of pre-synaptic sources per post-synaptic neuron: stored row <c>j</c> is
/// post-synaptic neuron <c>j</c>, its indices are pre-synaptic ids, and <c>W[indices[j, k], j] += data[j, k]</c>.
/// <c>W @ spikes</c> (<see cref="FixedNumConn{T}.MatVec(ReadOnlySpan{bool})"/>) touches only the stored rows of
/// active neurons.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class FixedPreNumConn<T> : FixedNumConn<T, FixedPreNumConn<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A matrix from <c>[NumPost, nConn]</c> values and indices (both copied).</summary>
    /// <param name="data">Values of the shape of <paramref name="indices"/>, or a single value (homogeneous).</param>
    /// <param name="indices">Pre-synaptic ids, each in <c>[0, NumPre)</c>; one row per post-synaptic neuron.</param>
    /// <param name="shape">The logical shape <c>(NumPre, NumPost)</c>.</param>
    /// <param name="options">Construction options; <see langword="null"/> for the defaults.</param>
    public FixedPreNumConn(T[,] data, int[,] indices, (int Rows, int Cols) shape, ConnOptions? options = null)
        : this(ConnInput.FromArrays(FixedNumConnKind.FixedPre, data, indices, shape, options))
    {
    }

    /// <summary>A matrix with one homogeneous <paramref name="weight"/> for every connection (indices copied).</summary>
    /// <param name="weight">The weight of every connection.</param>
    /// <param name="indices">Pre-synaptic ids, each in <c>[0, NumPre)</c>; one row per post-synaptic neuron.</param>
    /// <param name="shape">The logical shape <c>(NumPre, NumPost)</c>.</param>
    /// <param name="options">Construction options; <see langword="null"/> for the defaults.</param>
    public FixedPreNumConn(T weight, int[,] indices, (int Rows, int Cols) shape, ConnOptions? options = null)
        : this(ConnInput.FromWeight(FixedNumConnKind.FixedPre, weight, indices, shape, options))
    {
    }

    /// <summary>
    /// A matrix over flat row-major buffers, used as given (no copy): the memory must not change while the
    /// matrix is in use. The indices are checked once, here.
    /// </summary>
    /// <param name="data"><c>NumPost * nConn</c> values, or one homogeneous value.</param>
    /// <param name="indices"><c>NumPost * nConn</c> indices, row-major. Pre-synaptic ids, each in <c>[0, NumPre)</c>; one row per post-synaptic neuron.</param>
    /// <param name="nConn">Connections per stored row.</param>
    /// <param name="shape">The logical shape <c>(NumPre, NumPost)</c>.</param>
    /// <param name="options">Construction options; <see langword="null"/> for the defaults.</param>
    public FixedPreNumConn(ReadOnlyMemory<T> data, ReadOnlyMemory<int> indices, int nConn, (int Rows, int Cols) shape, ConnOptions? options = null)
        : this(ConnInput.FromFlat(FixedNumConnKind.FixedPre, data, indices, nConn, shape, options))
    {
    }

    private FixedPreNumConn(ConnParts<T> parts)
        : base(parts)
    {
    }

    /// <summary>The transpose, a FixedPostNumConn: O(1), the same arrays (and column mirror) with the shape swapped.</summary>
    public FixedPostNumConn<T> Transpose() => FixedPostNumConn<T>.FromParts(Transposed());

    /// <summary>
    /// The FixedPre form of <paramref name="dense"/> (shape <c>(NumPre, NumPost)</c>), column by column. Non-zeros are taken in ascending index order. Without <paramref name="nConn"/>
    /// every column must have the same number of non-zeros; with it, shorter columns are padded with zero
    /// weights at index 0, and a column with more non-zeros is an error.
    /// </summary>
    public static FixedPreNumConn<T> FromDense(T[,] dense, int? nConn = null) => new(DenseConversion.FromDense(FixedNumConnKind.FixedPre, dense, nConn));

    /// <summary>
    /// A random matrix: every post-synaptic neuron gets <paramref name="nConn"/> uniformly drawn pre-synaptic sources, sorted
    /// ascending, all with the homogeneous <paramref name="weight"/>. The same arguments give the same matrix on
    /// every machine and for every thread count (row <c>r</c> draws from <see cref="Xoshiro256StarStar.ForStream"/><c>(seed, r)</c>).
    /// </summary>
    /// <param name="numPre">The number of pre-synaptic neurons (rows of <c>W</c>).</param>
    /// <param name="numPost">The number of post-synaptic neurons (columns of <c>W</c>).</param>
    /// <param name="nConn">Connections per stored row.</param>
    /// <param name="weight">The weight of every connection.</param>
    /// <param name="seed">The seed of the row streams.</param>
    /// <param name="allowSelfConnections">When false, no row draws its diagonal entry <c>W[i, i]</c>; rows of a non-square matrix past the other dimension have none.</param>
    /// <param name="withReplacement">When false (the default), no index repeats within a row, so <paramref name="nConn"/> must not exceed the candidates.</param>
    /// <param name="options">Construction options; <see langword="null"/> for the defaults.</param>
    public static FixedPreNumConn<T> Random(int numPre, int numPost, int nConn, T weight, ulong seed, bool allowSelfConnections = true, bool withReplacement = false, ConnOptions? options = null) => new(RandomConnectivity.Homogeneous(FixedNumConnKind.FixedPre, numPre, numPost, nConn, weight, seed, allowSelfConnections, withReplacement, options));

    /// <summary>
    /// A random matrix as <see cref="Random(int, int, int, T, ulong, bool, bool, ConnOptions?)"/>, with one weight per
    /// connection drawn by <paramref name="weight"/> from the row's stream after its indices.
    /// </summary>
    /// <param name="numPre">The number of pre-synaptic neurons (rows of <c>W</c>).</param>
    /// <param name="numPost">The number of post-synaptic neurons (columns of <c>W</c>).</param>
    /// <param name="nConn">Connections per stored row.</param>
    /// <param name="weight">How each connection's weight is drawn.</param>
    /// <param name="seed">The seed of the row streams.</param>
    /// <param name="allowSelfConnections">When false, no row draws its diagonal entry <c>W[i, i]</c>; rows of a non-square matrix past the other dimension have none.</param>
    /// <param name="withReplacement">When false (the default), no index repeats within a row, so <paramref name="nConn"/> must not exceed the candidates.</param>
    /// <param name="options">Construction options; <see langword="null"/> for the defaults.</param>
    public static FixedPreNumConn<T> Random(int numPre, int numPost, int nConn, WeightInit weight, ulong seed, bool allowSelfConnections = true, bool withReplacement = false, ConnOptions? options = null) => new(RandomConnectivity.Initialised<T>(FixedNumConnKind.FixedPre, numPre, numPost, nConn, weight, seed, allowSelfConnections, withReplacement, options));

    /// <summary>Loads a FixedPreNumConn saved by <see cref="FixedNumConn{T}.Save"/> or by <c>numpy.savez</c> (see <see cref="FixedNumConnFile"/>).</summary>
    /// <param name="path">The <c>.npz</c> file.</param>
    /// <exception cref="System.IO.InvalidDataException">The file is not a valid FixedPreNumConn archive; nothing is loaded.</exception>
    public static FixedPreNumConn<T> Load(string path) => new(NpzConnReader.Read<T>(path, FixedNumConnKind.FixedPre));

    /// <summary>Rebuilds a matrix from the output of <see cref="FixedNumConn{T}.TreeFlatten"/>.</summary>
    /// <param name="aux">The static metadata.</param>
    /// <param name="children">The dynamic children, in the order flatten gave them.</param>
    public static FixedPreNumConn<T> TreeUnflatten(FixedNumConnAux aux, IReadOnlyList<object> children) =>
        Unflatten(aux, children, FixedNumConnKind.FixedPre, static parts => new FixedPreNumConn<T>(parts));

    /// <summary>Adds <paramref name="b"/> to every stored value.</summary>
    public static FixedPreNumConn<T> operator +(FixedPreNumConn<T> a, T b) => Operator(ElementOp.Add, a, b, scalarFirst: false, nameof(a));

    /// <summary>Adds every stored value to <paramref name="a"/>.</summary>
    public static FixedPreNumConn<T> operator +(T a, FixedPreNumConn<T> b) => Operator(ElementOp.Add, b, a, scalarFirst: true, nameof(b));

    /// <summary>Adds the values of two matrices of the same structure slot by slot.</summary>
    public static FixedPreNumConn<T> operator +(FixedPreNumConn<T> a, FixedPreNumConn<T> b) => Operator(ElementOp.Add, a, b);

    /// <summary>Subtracts <paramref name="b"/> from every stored value.</summary>
    public static FixedPreNumConn<T> operator -(FixedPreNumConn<T> a, T b) => Operator(ElementOp.Subtract, a, b, scalarFirst: false, nameof(a));

    /// <summary>Subtracts every stored value from <paramref name="a"/>.</summary>
    public static FixedPreNumConn<T> operator -(T a, FixedPreNumConn<T> b) => Operator(ElementOp.Subtract, b, a, scalarFirst: true, nameof(b));

    /// <summary>Subtracts the values of two matrices of the same structure slot by slot.</summary>
    public static FixedPreNumConn<T> operator -(FixedPreNumConn<T> a, FixedPreNumConn<T> b) => Operator(ElementOp.Subtract, a, b);

    /// <summary>Multiplies every stored value by <paramref name="b"/>.</summary>
    public static FixedPreNumConn<T> operator *(FixedPreNumConn<T> a, T b) => Operator(ElementOp.Multiply, a, b, scalarFirst: false, nameof(a));

    /// <summary>Multiplies <paramref name="a"/> by every stored value.</summary>
    public static FixedPreNumConn<T> operator *(T a, FixedPreNumConn<T> b) => Operator(ElementOp.Multiply, b, a, scalarFirst: true, nameof(b));

    /// <summary>Multiplies the values of two matrices of the same structure slot by slot.</summary>
    public static FixedPreNumConn<T> operator *(FixedPreNumConn<T> a, FixedPreNumConn<T> b) => Operator(ElementOp.Multiply, a, b);

    /// <summary>Divides every stored value by <paramref name="b"/>.</summary>
    public static FixedPreNumConn<T> operator /(FixedPreNumConn<T> a, T b) => Operator(ElementOp.Divide, a, b, scalarFirst: false, nameof(a));

    /// <summary>Divides <paramref name="a"/> by every stored value.</summary>
    public static FixedPreNumConn<T> operator /(T a, FixedPreNumConn<T> b) => Operator(ElementOp.Divide, b, a, scalarFirst: true, nameof(b));

    /// <summary>Divides the values of two matrices of the same structure slot by slot.</summary>
    public static FixedPreNumConn<T> operator /(FixedPreNumConn<T> a, FixedPreNumConn<T> b) => Operator(ElementOp.Divide, a, b);

    /// <summary>The remainder of every stored value divided by <paramref name="b"/> (C#'s truncated <c>%</c>).</summary>
    public static FixedPreNumConn<T> operator %(FixedPreNumConn<T> a, T b) => Operator(ElementOp.Remainder, a, b, scalarFirst: false, nameof(a));

    /// <summary>The remainder of <paramref name="a"/> divided by every stored value (C#'s truncated <c>%</c>).</summary>
    public static FixedPreNumConn<T> operator %(T a, FixedPreNumConn<T> b) => Operator(ElementOp.Remainder, b, a, scalarFirst: true, nameof(b));

    /// <summary>The slot-by-slot remainder of two matrices of the same structure (C#'s truncated <c>%</c>).</summary>
    public static FixedPreNumConn<T> operator %(FixedPreNumConn<T> a, FixedPreNumConn<T> b) => Operator(ElementOp.Remainder, a, b);

    /// <summary>Negates every stored value.</summary>
    public static FixedPreNumConn<T> operator -(FixedPreNumConn<T> a) => Operator(ElementOp.Negate, a);

    /// <summary>The matrix itself.</summary>
    public static FixedPreNumConn<T> operator +(FixedPreNumConn<T> a) => a;

    internal static FixedPreNumConn<T> FromParts(ConnParts<T> parts) => new(parts with { Kind = FixedNumConnKind.FixedPre });

    private protected override FixedPreNumConn<T> WithValues(ValueNode<T> values) => new(Parts(values));
}
