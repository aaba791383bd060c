using System.Runtime.InteropServices;
using BrainEvent.Networks;

namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>
/// A population's state, countdowns, spike words and spike list for one update call over all its words; the list
/// numbers neuron <c>i</c> <see cref="FirstSpikeId"/> + <c>i</c>, as a block that does not start a population does.
/// </summary>
public sealed class NeuronBuffers
{
    public const int FirstSpikeId = 1000;

    public NeuronBuffers(int fields, int count, int elementSize, double dt, ushort refractorySteps)
    {
        Count = count;
        Stride = (count + 63) / 64 * 64;
        ElementSize = elementSize;
        Bytes = new byte[fields * Stride * elementSize];
        Countdown = new ushort[Stride];
        Spikes = new ulong[Stride / 64];
        SpikeIds = new int[Stride];
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
        SpikeIds = (int[])other.SpikeIds.Clone();
        SpikeCount = other.SpikeCount;
        Dt = other.Dt;
        RefractorySteps = other.RefractorySteps;
    }

    public int Count { get; }

    public int Stride { get; }

    public int ElementSize { get; }

    public byte[] Bytes { get; }

    public ushort[] Countdown { get; }

    public ulong[] Spikes { get; }

    public int[] SpikeIds { get; }

    /// <summary>The number of ids the update listed; -1 until it lists any (a field, for the update to write through).</summary>
    public int SpikeCount = -1;

    public double Dt { get; }

    public ushort RefractorySteps { get; }

    public NeuronBuffers Clone() => new(this);

    public NeuronStepArgs Args() => Args(0, Stride / 64);

    public NeuronStepArgs Args(int fromWord, int toWord) => Args(fromWord, toWord, SpikeIds.Length);

    /// <summary>The arguments with room for only <paramref name="spikeRoom"/> listed spikes.</summary>
    public NeuronStepArgs Args(int fromWord, int toWord, int spikeRoom) =>
        new(new NeuronState(Bytes, Stride, ElementSize), Countdown, RefractorySteps, Spikes, fromWord, toWord, Count, Dt, SpikeIds.AsSpan(0, spikeRoom), FirstSpikeId, ref SpikeCount);

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
