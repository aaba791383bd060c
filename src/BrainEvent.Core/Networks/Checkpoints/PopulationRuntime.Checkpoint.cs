namespace BrainEvent.Networks;

/// <summary>A population's part of a checkpoint: its state, countdowns, spike words and the spike history delivery still reads.</summary>
internal abstract unsafe partial class PopulationRuntime : ICheckpointed
{
    public void Save(CheckpointWriter writer, long step)
    {
        writer.Write(new ReadOnlySpan<byte>(_state.Pointer, _stateBytes));
        writer.Write(new ReadOnlySpan<ushort>(_refractory.Pointer, Stride));
        writer.Write(new ReadOnlySpan<ulong>(SpikeWords, Stride / 64));
        int kept = KeptSteps(step);
        writer.Write(kept);
        var ids = new int[(Words * 64) + SpikeHistory.GatherSlack];
        fixed (int* destination = ids)
        {
            for (long s = step - kept; s < step; s++)
            {
                int count = History.Gather(s, 0, Words * 64, destination);
                writer.Write(s);
                writer.Write(count);
                writer.Write<int>(ids.AsSpan(0, count));
            }
        }
    }

    public Action Load(CheckpointReader reader, long step)
    {
        var state = reader.ReadArray<byte>(_stateBytes);
        var refractory = reader.ReadArray<ushort>(Stride);
        var words = reader.ReadArray<ulong>(Stride / 64);
        int kept = reader.ReadCount(History.Slots, "the number of steps of spike history");
        if (kept != KeptSteps(step))
        {
            throw reader.Corrupt($"{kept} steps of spike history for step {step}; the network keeps {KeptSteps(step)}");
        }

        var history = new int[kept][];
        for (int i = 0; i < kept; i++)
        {
            long s = reader.ReadInt64();
            if (s != step - kept + i)
            {
                throw reader.Corrupt($"spike history of step {s} where step {step - kept + i} was expected");
            }

            history[i] = reader.ReadArray<int>(reader.ReadCount(Words * 64, "a step's spike count"));
            for (int k = 0; k < history[i].Length; k++)
            {
                if ((uint)history[i][k] >= (uint)(Words * 64) || (k > 0 && history[i][k] <= history[i][k - 1]))
                {
                    throw reader.Corrupt($"spike {k} of step {s} is neuron {history[i][k]}: ids must ascend within [0, {Words * 64})");
                }
            }
        }

        return () =>
        {
            state.CopyTo(new Span<byte>(_state.Pointer, _stateBytes));
            refractory.CopyTo(new Span<ushort>(_refractory.Pointer, Stride));
            words.CopyTo(new Span<ulong>(SpikeWords, Stride / 64));
            for (int i = 0; i < kept; i++)
            {
                RestoreHistory(step - kept + i, history[i]);
            }
        };
    }

    /// <summary>The steps before <paramref name="step"/> whose spikes delivery may still read: all the history but the slot the next step writes.</summary>
    private int KeptSteps(long step) => (int)Math.Min(step, History.Slots - 1);

    /// <summary>Lists the ascending <paramref name="ids"/> of step <paramref name="step"/> in each thread's part of the history.</summary>
    private void RestoreHistory(long step, int[] ids)
    {
        int next = 0;
        for (int thread = 0; thread < Blocks.Threads; thread++)
        {
            int first = next;
            while (next < ids.Length && ids[next] < Blocks.ToNeuron(thread))
            {
                next++;
            }

            ids.AsSpan(first, next - first).CopyTo(new Span<int>(History.List(step, thread), next - first));
            History.SetCount(step, thread, next - first);
        }
    }
}
