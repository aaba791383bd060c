using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>Where one thread's slots of a row are in a delivery layout.</summary>
internal unsafe interface IRowParts
{
    /// <summary>The thread's slots of <paramref name="row"/>: <c>[start, end)</c>.</summary>
    void Part(int row, out nint start, out nint end);

    /// <summary>Starts loading what <see cref="Part"/> reads for the row <paramref name="row"/> points at (in a spike list; not read when there is nothing to load).</summary>
    void Prefetch(int* row);
}

/// <summary>A thread's parts from the layout's split points (<see cref="DeliveryLayout{T}.Bounds"/>).</summary>
internal readonly unsafe struct SplitParts : IRowParts
{
    private readonly int* _bounds;
    private readonly int _threads;

    /// <summary>The parts of <paramref name="thread"/> (counted from the layout's first block).</summary>
    public SplitParts(int* bounds, int threads, int thread)
    {
        _bounds = bounds + thread;
        _threads = threads;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Part(int row, out nint start, out nint end)
    {
        int* rowBounds = _bounds + ((nint)row * _threads);
        start = rowBounds[0];
        end = rowBounds[1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int* row) => CachePrefetch.Line(_bounds + ((nint)(*row) * _threads));
}

/// <summary>
/// The whole rows of a layout with one thread block and rows of one length: row <c>r</c>'s slots are
/// <c>[r n, (r + 1) n)</c>, with no split points to load per row, as the C reference computes them. On one thread
/// at scale 1, where the rows are in cache, delivery then took 0.74x to 0.92x the time of reading the table.
/// </summary>
internal readonly struct WholeRows(int length) : IRowParts
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Part(int row, out nint start, out nint end)
    {
        start = (nint)row * length;
        end = start + length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(int* row)
    {
    }
}
