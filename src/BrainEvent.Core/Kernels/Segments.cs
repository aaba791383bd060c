using System.Runtime.CompilerServices;

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

    int Start(int segment);

    int Length(int segment);
}

/// <summary>Stored rows: segment <c>r</c> is slots <c>[r * nConn, (r + 1) * nConn)</c>.</summary>
internal readonly struct RowSegments(int rows, int nConn) : ISegments
{
    public int Count => rows;

    public long SlotCount => (long)rows * nConn;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Start(int segment) => segment * nConn;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Length(int segment) => nConn;
}

/// <summary>Mirror columns: segment <c>c</c> is mirror positions <c>[indptr[c], indptr[c + 1])</c>.</summary>
internal readonly unsafe struct ColumnSegments(int* indptr, int columns) : ISegments
{
    public int Count => columns;

    public long SlotCount => indptr[columns];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Start(int segment) => indptr[segment];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Length(int segment) => indptr[segment + 1] - indptr[segment];
}

/// <summary>Cuts a range of segments into chunks of roughly <see cref="SlotsPerChunk"/> slots.</summary>
internal static class Chunking
{
    /// <summary>Below this many slots of work a product runs on the calling thread: a hand-off costs more.</summary>
    public const int SlotsPerChunk = 1 << 15;

    public static int SegmentsPerChunk<TSegments>(TSegments segments)
        where TSegments : ISegments
    {
        long slots = Math.Max(segments.SlotCount, 1);
        long perChunk = SlotsPerChunk * (long)Math.Max(segments.Count, 1) / slots;
        return (int)Math.Clamp(perChunk, 1, Math.Max(segments.Count, 1));
    }

    public static int ChunkCount(int count, int perChunk) => (count + perChunk - 1) / perChunk;
}
