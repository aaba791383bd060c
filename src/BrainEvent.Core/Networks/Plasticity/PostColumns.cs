namespace BrainEvent.Networks;

/// <summary>
/// A delivery layout read by column, for the updates a post-synaptic spike makes: post neuron <c>j</c>'s
/// synapses are entries <c>[Start[j], Start[j + 1])</c>, each giving its delivery position and its
/// pre-synaptic row, in ascending position (so ascending row). Every entry of a column targets the same
/// neuron, so one thread owns all of it. Position and row sit side by side: a post spike reads its column
/// once, and the weights and traces it points at are scattered enough without a second scattered array.
/// </summary>
internal sealed unsafe class PostColumns : IDisposable
{
    private readonly NativeBuffer _start;
    private readonly NativeBuffer _entries;

    private PostColumns(NativeBuffer start, NativeBuffer entries)
    {
        (_start, _entries) = (start, entries);
    }

    public int* Start => (int*)_start.Pointer;

    public Entry* Entries => (Entry*)_entries.Pointer;

    /// <summary>The columns of <paramref name="layout"/>'s <paramref name="synapses"/> slots over <paramref name="columns"/> post neurons (a counting sort).</summary>
    public static PostColumns Build<T>(DeliveryLayout<T> layout, int synapses, int columns)
        where T : unmanaged
    {
        var start = NativeBuffer.Allocate<int>(columns + 1L);
        var built = new PostColumns(start, NativeBuffer.Allocate<Entry>(synapses));
        int* targets = layout.Targets;
        int* counts = built.Start;
        for (int p = 0; p < synapses; p++)
        {
            counts[targets[p] + 1]++;
        }

        for (int j = 0; j < columns; j++)
        {
            counts[j + 1] += counts[j];
        }

        // Fill with a moving cursor per column, then shift the cursors back to the starts.
        int threads = layout.Threads;
        for (int r = 0; r < layout.Rows; r++)
        {
            for (int p = layout.Bounds[(long)r * threads]; p < layout.Bounds[(long)(r + 1) * threads]; p++)
            {
                built.Entries[counts[targets[p]]++] = new Entry(p, r);
            }
        }

        for (int j = columns; j > 0; j--)
        {
            counts[j] = counts[j - 1];
        }

        counts[0] = 0;
        return built;
    }

    public void Dispose()
    {
        _start.Dispose();
        _entries.Dispose();
    }

    /// <summary>One synapse of a column: its delivery position and its pre-synaptic row.</summary>
    internal readonly record struct Entry(int Slot, int Row);
}
