using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>A state monitor's part of a checkpoint: the number of samples, their times, then the values row by row.</summary>
public sealed partial class StateMonitor : ICheckpointed
{
    void ICheckpointed.Save(CheckpointWriter writer, long step)
    {
        writer.Write(Samples);
        writer.Write<double>(TimesMs);
        writer.Write(MemoryMarshal.CreateReadOnlySpan(ref First(Values), Values.Length));
    }

    Action ICheckpointed.Load(CheckpointReader reader, long step)
    {
        int samples = reader.ReadCount(Array.MaxLength, "the number of samples");
        var times = reader.ReadArray<double>(samples);
        var flat = reader.ReadArray<float>((long)samples * Neurons.Count);
        return () =>
        {
            var values = new float[samples, Neurons.Count];
            flat.CopyTo(MemoryMarshal.CreateSpan(ref First(values), flat.Length));
            (Values, TimesMs) = (values, times);
        };
    }
}
