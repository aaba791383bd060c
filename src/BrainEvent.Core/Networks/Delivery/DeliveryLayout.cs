namespace BrainEvent.Networks;

/// <summary>
/// A projection's synapses as delivery walks them: for each pre-synaptic neuron (a row) its slots with the
/// targets in ascending order, so that each thread's targets are one contiguous part of the row. Thread
/// <c>t</c>'s slots of row <c>r</c> are <c>[Bounds[r T + t], Bounds[r T + t + 1])</c>: the split points are
/// computed once, for the post-synaptic population's thread blocks.
/// </summary>
/// <typeparam name="T">The weights' type.</typeparam>
internal sealed unsafe class DeliveryLayout<T> : IDisposable
    where T : unmanaged
{
    private readonly List<IDisposable> _owned;

    public DeliveryLayout(int rows, int threads, int* targets, T* weights, T weight, ushort* delays, int* bounds, List<IDisposable> owned)
    {
        Rows = rows;
        Threads = threads;
        Targets = targets;
        Weights = weights;
        Weight = weight;
        Delays = delays;
        Bounds = bounds;
        _owned = owned;
    }

    /// <summary>The number of rows: the pre-synaptic view's neurons.</summary>
    public int Rows { get; }

    /// <summary>The number of threads the split points are for.</summary>
    public int Threads { get; }

    /// <summary>Per slot: the target's index in the post-synaptic view.</summary>
    public int* Targets { get; }

    /// <summary>Per slot: the weight; null when one weight serves all (<see cref="Weight"/>).</summary>
    public T* Weights { get; }

    /// <summary>The one weight when <see cref="Weights"/> is null.</summary>
    public T Weight { get; }

    /// <summary>Per slot: the delay in steps; null for a projection with one delay.</summary>
    public ushort* Delays { get; }

    /// <summary><c>Rows * Threads + 1</c> split points (see the class summary).</summary>
    public int* Bounds { get; }

    /// <summary>The length of every row when they all have one and lie one after the other (a FixedPost matrix's rows); else 0.</summary>
    public int RowLength { get; init; }

    /// <summary>
    /// Whether a thread's part of row <c>r</c> is the whole row, slots <c>[r RowLength, (r + 1) RowLength)</c>:
    /// one thread block and rows of one length, so delivery need not read the split points.
    /// </summary>
    public bool HasWholeRows => Threads == 1 && RowLength > 0;

    /// <summary>The thread block the split points start with: on a rank of a distributed network, which keeps only its own blocks' slots, its first.</summary>
    public int FirstBlock { get; init; }

    /// <summary>Frees the copies and unpins the arrays the layout reads.</summary>
    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
