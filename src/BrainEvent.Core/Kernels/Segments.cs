using System.Runtime.CompilerServices;
using BrainEvent.Generated;

namespace BrainEvent.Kernels;

/// <summary>
/// How a kernel finds the slots of segment <c>s</c>: the stored rows of the row-major layout (fixed
/// length) or the columns of the mirror (lengths from <c>indptr</c>). Kernels are generic over this
/// struct, so each layout gets its own compiled loop.
/// </summary>
internal interface ISegments
{
    int Count { get; }

    /// <summary>The number of slots, for cutting work into chunks of similar size.</summary>
    long SlotCount { get; }

    /// <summary>The length of the longest segment (a scan of <c>indptr</c> for mirror columns).</summary>
    int MaxLength { get; }

    int Start(int segment);

    int Length(int segment);
}

/// <summary>
/// Stored rows: segment <c>r</c> is slots <c>[r * nConn, (r + 1) * nConn)</c>. With a compile-time
/// <typeparamref name="TConn"/> the row length is a JIT constant, so the loops over a row have constant
/// trip counts; it must then equal the matrix's <c>nConn</c>.
/// </summary>
internal readonly struct RowSegments<TConn>(int rows, int nConn) : ISegments
    where TConn : struct, IConnCount
{
    public int Count => rows;

    public long SlotCount => (long)rows * RowLength;

    public int MaxLength => RowLength;

    private int RowLength
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => TConn.Value > 0 ? TConn.Value : nConn;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Start(int segment) => segment * RowLength;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Length(int segment) => RowLength;
}

/// <summary>Mirror columns: segment <c>c</c> is mirror positions <c>[indptr[c], indptr[c + 1])</c>.</summary>
internal readonly unsafe struct ColumnSegments(int* indptr, int columns) : ISegments
{
    public int Count => columns;

    public long SlotCount => indptr[columns];

    public int MaxLength
    {
        get
        {
            int longest = 0;
            for (int c = 0; c < columns; c++)
            {
                longest = Math.Max(longest, indptr[c + 1] - indptr[c]);
            }

            return longest;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Start(int segment) => indptr[segment];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Length(int segment) => indptr[segment + 1] - indptr[segment];
}
