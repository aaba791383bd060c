namespace BrainEvent.Networks;

/// <summary>A spike monitor's part of a checkpoint: the count, then every step, then every neuron.</summary>
public sealed partial class SpikeMonitor : ICheckpointed
{
    void ICheckpointed.Save(CheckpointWriter writer, long step)
    {
        writer.Write(Count);
        writer.Write(_steps.AsSpan());
        writer.Write(_neurons.AsSpan());
    }

    Action ICheckpointed.Load(CheckpointReader reader, long step)
    {
        int count = reader.ReadCount(Array.MaxLength, "the number of spikes");
        var steps = reader.ReadArray<int>(count);
        var neurons = reader.ReadArray<int>(count);
        for (int i = 0; i < count; i++)
        {
            bool ordered = i == 0 || steps[i] > steps[i - 1] || (steps[i] == steps[i - 1] && neurons[i] > neurons[i - 1]);
            if (!ordered || steps[i] < 0 || steps[i] >= step || (uint)neurons[i] >= (uint)View.Count)
            {
                throw reader.Corrupt(
                    $"spike {i} is neuron {neurons[i]} in step {steps[i]}: spikes must be in order of step, then neuron, within steps [0, {step}) and neurons [0, {View.Count})");
            }
        }

        return () =>
        {
            _steps.ReplaceWith(steps);
            _neurons.ReplaceWith(neurons);
            Array.Clear(_counts);
            foreach (int neuron in neurons)
            {
                _counts[neuron]++;
            }
        };
    }
}
