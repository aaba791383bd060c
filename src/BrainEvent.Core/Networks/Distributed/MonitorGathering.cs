using BrainEvent.Distributed;

namespace BrainEvent.Networks;

/// <summary>
/// The records of a distributed network's monitors over all ranks. On a rank a monitor records only the neurons
/// it runs (<see cref="Population{TModel}.Owned"/>); these collectives combine every rank's records into what one
/// process would have recorded. Every rank must call them, in the same order, between runs; in one process they
/// return the monitor's own records.
/// </summary>
public static class MonitorGathering
{
    /// <summary>
    /// Every rank's spikes of <paramref name="monitor"/>, on every rank (an <c>MPI_Allgatherv</c>): the same
    /// lists as <see cref="SpikeMonitor.Steps"/> and <see cref="SpikeMonitor.Neurons"/> of the network run in one
    /// process, ordered by step, then neuron.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="monitor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    public static (int[] Steps, int[] Neurons) GatherSpikes(this SpikeMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var world = WorldOf(monitor.View);
        int[] steps = [.. monitor.Steps];
        int[] neurons = [.. monitor.Neurons];
        if (world is null || world.Size == 1)
        {
            return (steps, neurons);
        }

        var counts = new int[world.Size];
        world.Allgather<int>([steps.Length], counts);
        var displs = new int[world.Size];
        long total = 0;
        for (int rank = 0; rank < world.Size; rank++)
        {
            displs[rank] = (int)total;
            total += counts[rank];
        }

        if (total > Array.MaxLength)
        {
            throw new InvalidOperationException($"The ranks recorded {total} spikes, more than one array holds ({Array.MaxLength}).");
        }

        var allSteps = new int[total];
        var allNeurons = new int[total];
        world.Allgatherv<int>(steps, allSteps, counts, displs);
        world.Allgatherv<int>(neurons, allNeurons, counts, displs);

        // Each rank's records are in order and its neurons a contiguous block, so sorting by (step, neuron) interleaves them as one process records.
        var keys = new long[total];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)allSteps[i] << 32) | (uint)allNeurons[i];
        }

        Array.Sort(keys);
        for (int i = 0; i < keys.Length; i++)
        {
            (allSteps[i], allNeurons[i]) = ((int)(keys[i] >> 32), (int)keys[i]);
        }

        return (allSteps, allNeurons);
    }

    /// <summary>
    /// Every rank's spikes per bin of <paramref name="monitor"/> summed, on every rank (an <c>MPI_Allreduce</c>):
    /// <see cref="RateMonitor.SpikesPerBin"/> of the network run in one process. Divide by the view's neurons and
    /// the bin's seconds for the rates.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="monitor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    public static long[] GatherSpikesPerBin(this RateMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var world = WorldOf(monitor.View);
        long[] mine = [.. monitor.SpikesPerBin];
        if (world is null || world.Size == 1)
        {
            return mine;
        }

        var sum = new long[mine.Length];
        world.Allreduce<long>(mine, sum, MpiOp.Sum);
        return sum;
    }

    /// <summary>
    /// Every rank's samples of <paramref name="monitor"/>, on every rank (an <c>MPI_Allgatherv</c> of each rank's
    /// columns): <see cref="StateMonitor.Values"/> of the network run in one process, each column from the rank
    /// that holds its neuron. The sample times are <see cref="StateMonitor.TimesMs"/>, the same on every rank.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="monitor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Called during a run, or the samples are more than one array holds.</exception>
    public static float[,] GatherStates(this StateMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var world = WorldOf(monitor.View);
        var values = (float[,])monitor.Values.Clone();
        if (world is null || world.Size == 1)
        {
            return values;
        }

        int samples = values.GetLength(0);
        int[] own = monitor.OwnColumns;
        if ((long)values.Length > Array.MaxLength)
        {
            throw new InvalidOperationException($"The monitor holds {values.Length} samples, more than one array holds ({Array.MaxLength}).");
        }

        var columnCounts = new int[world.Size];
        world.Allgather<int>([own.Length], columnCounts);
        var columnDispls = new int[world.Size];
        var (valueCounts, valueDispls) = (new int[world.Size], new int[world.Size]);
        for (int rank = 1; rank < world.Size; rank++)
        {
            columnDispls[rank] = columnDispls[rank - 1] + columnCounts[rank - 1];
        }

        for (int rank = 0; rank < world.Size; rank++)
        {
            (valueCounts[rank], valueDispls[rank]) = (columnCounts[rank] * samples, columnDispls[rank] * samples);
        }

        // Every column is held by exactly one rank, so the ranks' columns together are all of them.
        var columns = new int[values.GetLength(1)];
        world.Allgatherv<int>(own, columns, columnCounts, columnDispls);
        var mine = new float[own.Length * samples];
        for (int c = 0; c < own.Length; c++)
        {
            for (int s = 0; s < samples; s++)
            {
                mine[(c * samples) + s] = values[s, own[c]];
            }
        }

        var all = new float[values.Length];
        world.Allgatherv<float>(mine, all, valueCounts, valueDispls);
        for (int c = 0; c < columns.Length; c++)
        {
            for (int s = 0; s < samples; s++)
            {
                values[s, columns[c]] = all[(c * samples) + s];
            }
        }

        return values;
    }

    private static MpiCommunicator? WorldOf(PopulationView view)
    {
        var network = view.Runtime.Owner;
        network.ThrowIfBusy();
        return network.Options.World;
    }
}
