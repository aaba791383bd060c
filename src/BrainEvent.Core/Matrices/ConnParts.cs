using System.Numerics;
using System.Runtime.InteropServices;
using BrainEvent.Graph;

namespace BrainEvent;

/// <summary>The validated pieces a matrix is made of.</summary>
internal readonly record struct ConnParts<T>(
    FixedNumConnKind Kind, (int Rows, int Cols) Shape, ConnStructure Structure, ValueNode<T> Values, ConnOptions Options)
    where T : unmanaged, IFloatingPointIeee754<T>;

/// <summary>Checks constructor arguments and turns them into <see cref="ConnParts{T}"/>; nothing is kept on failure.</summary>
internal static class ConnInput
{
    public static ConnParts<T> FromArrays<T>(
        FixedNumConnKind kind, T[,] data, int[,] indices, (int Rows, int Cols) shape, ConnOptions? options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ElementType<T>.Require();
        ArgumentNullException.ThrowIfNull(data);
        var (flatIndices, nConn) = CopyIndices(kind, indices, shape, ref options);
        bool homogeneous = data.Length == 1 && flatIndices.Length != 1;
        if (!homogeneous && (data.GetLength(0) != indices.GetLength(0) || data.GetLength(1) != indices.GetLength(1)))
        {
            throw new ArgumentException(
                $"data must have the shape of indices, ({indices.GetLength(0)}, {indices.GetLength(1)}), or hold one homogeneous value; got ({data.GetLength(0)}, {data.GetLength(1)}).",
                nameof(data));
        }

        var values = data.Length == 0 ? [] : MemoryMarshal.CreateReadOnlySpan(ref data[0, 0], data.Length).ToArray();
        return Assemble<T>(kind, shape, flatIndices, nConn, new BufferLeaf<T>(values, homogeneous), options!);
    }

    public static ConnParts<T> FromWeight<T>(
        FixedNumConnKind kind, T weight, int[,] indices, (int Rows, int Cols) shape, ConnOptions? options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ElementType<T>.Require();
        var (flatIndices, nConn) = CopyIndices(kind, indices, shape, ref options);
        return Assemble<T>(kind, shape, flatIndices, nConn, new BufferLeaf<T>(new[] { weight }, broadcast: true), options!);
    }

    public static ConnParts<T> FromFlat<T>(
        FixedNumConnKind kind, ReadOnlyMemory<T> data, ReadOnlyMemory<int> indices, int nConn, (int Rows, int Cols) shape, ConnOptions? options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ElementType<T>.Require();
        options = ConnOptions.Validate(options, nameof(options));
        ConnValidation.RequireShape(shape, nameof(shape));
        ConnValidation.RequireNConn(nConn, nameof(nConn));
        int rows = StorageRows(kind, shape);
        int nse = ConnValidation.SlotCount(rows, nConn, nameof(nConn));
        if (nConn == 0 ? indices.Length != 0 : indices.Length % nConn != 0)
        {
            throw new ArgumentException(
                $"indices.Length must be a multiple of nConn = {nConn}; got {indices.Length}.", nameof(indices));
        }

        int givenRows = nConn == 0 ? rows : indices.Length / nConn;
        if (givenRows != rows)
        {
            throw new ArgumentException(
                $"indices must hold {rows} rows of nConn = {nConn} ({StorageRowsName(kind)}); got {givenRows} rows ({indices.Length} values).",
                nameof(indices));
        }

        if (data.Length != nse && data.Length != 1)
        {
            throw new ArgumentException(
                $"data must hold Nse = {nse} values (one per index) or 1 homogeneous value; got {data.Length}.", nameof(data));
        }

        return Assemble(kind, shape, indices, nConn, new BufferLeaf<T>(data, broadcast: data.Length == 1 && nse != 1), options);
    }

    public static int StorageRows(FixedNumConnKind kind, (int Rows, int Cols) shape) =>
        kind == FixedNumConnKind.FixedPost ? shape.Rows : shape.Cols;

    public static int IndexBound(FixedNumConnKind kind, (int Rows, int Cols) shape) =>
        kind == FixedNumConnKind.FixedPost ? shape.Cols : shape.Rows;

    public static string StorageRowsName(FixedNumConnKind kind) =>
        kind == FixedNumConnKind.FixedPost ? "shape.Rows, the number of pre-synaptic neurons" : "shape.Cols, the number of post-synaptic neurons";

    public static string IndexBoundName(FixedNumConnKind kind) =>
        kind == FixedNumConnKind.FixedPost ? "shape.Cols, the number of post-synaptic neurons" : "shape.Rows, the number of pre-synaptic neurons";

    private static ConnParts<T> Assemble<T>(
        FixedNumConnKind kind, (int Rows, int Cols) shape, ReadOnlyMemory<int> indices, int nConn, ValueNode<T> values, ConnOptions options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int bound = IndexBound(kind, shape);
        if (options.MaintainDualLayout && !ConnValidation.MirrorFits(bound))
        {
            throw new ArgumentException(
                $"MaintainDualLayout asks for a column mirror of {(long)bound + 1} indptr entries ({IndexBoundName(kind)} = {bound}, plus one), more than the largest array ({Array.MaxLength}).",
                nameof(options));
        }

        ConnValidation.RequireIndicesInRange(indices.Span, bound, IndexBoundName(kind), nameof(indices));
        var structure = new ConnStructure(indices, StorageRows(kind, shape), nConn, bound);
        return new ConnParts<T>(kind, shape, structure, values, options);
    }

    private static (int[] Indices, int NConn) CopyIndices(
        FixedNumConnKind kind, int[,] indices, (int Rows, int Cols) shape, ref ConnOptions? options)
    {
        ArgumentNullException.ThrowIfNull(indices);
        options = ConnOptions.Validate(options, nameof(options));
        ConnValidation.RequireShape(shape, nameof(shape));
        int rows = StorageRows(kind, shape);
        if (indices.GetLength(0) != rows)
        {
            throw new ArgumentException(
                $"indices must have {rows} rows ({StorageRowsName(kind)}); got {indices.GetLength(0)}.", nameof(indices));
        }

        ConnValidation.SlotCount(rows, indices.GetLength(1), nameof(indices));
        var flat = indices.Length == 0 ? [] : MemoryMarshal.CreateReadOnlySpan(ref indices[0, 0], indices.Length).ToArray();
        return (flat, indices.GetLength(1));
    }
}
