using System.Runtime.InteropServices;
using BrainEvent.Networks;

namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>A population's state, countdowns and spike words for one update call over all its words.</summary>
public sealed class NeuronBuffers
{
    public NeuronBuffers(int fields, int count, int elementSize, double dt, ushort refractorySteps)
    {
        Count = count;
        Stride = (count + 63) / 64 * 64;
        ElementSize = elementSize;
        Bytes = new byte[fields * Stride * elementSize];
        Countdown = new ushort[Stride];
        Spikes = new ulong[Stride / 64];
        Dt = dt;
        RefractorySteps = refractorySteps;
    }

    private NeuronBuffers(NeuronBuffers other)
    {
        Count = other.Count;
        Stride = other.Stride;
        ElementSize = other.ElementSize;
        Bytes = (byte[])other.Bytes.Clone();
        Countdown = (ushort[])other.Countdown.Clone();
        Spikes = (ulong[])other.Spikes.Clone();
        Dt = other.Dt;
        RefractorySteps = other.RefractorySteps;
    }

    public int Count { get; }

    public int Stride { get; }

    public int ElementSize { get; }

    public byte[] Bytes { get; }

    public ushort[] Countdown { get; }

    public ulong[] Spikes { get; }

    public double Dt { get; }

    public ushort RefractorySteps { get; }

    public NeuronBuffers Clone() => new(this);

    public NeuronStepArgs Args() => Args(0, Stride / 64);

    public NeuronStepArgs Args(int fromWord, int toWord) =>
        new(new NeuronState(Bytes, Stride, ElementSize), Countdown, RefractorySteps, Spikes, fromWord, toWord, Count, Dt);

    public double Get(int field, int neuron) => ElementSize == sizeof(float)
        ? MemoryMarshal.Cast<byte, float>(Bytes.AsSpan())[(field * Stride) + neuron]
        : MemoryMarshal.Cast<byte, double>(Bytes.AsSpan())[(field * Stride) + neuron];

    public void Set(int field, int neuron, double value)
    {
        if (ElementSize == sizeof(float))
        {
            MemoryMarshal.Cast<byte, float>(Bytes.AsSpan())[(field * Stride) + neuron] = (float)value;
        }
        else
        {
            MemoryMarshal.Cast<byte, double>(Bytes.AsSpan())[(field * Stride) + neuron] = value;
        }
    }

    public bool Spiked(int neuron) => ((Spikes[neuron / 64] >> (neuron % 64)) & 1) != 0;
}
