using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Networks;

/// <summary>
/// The spikes of one population in its last <see cref="Slots"/> steps, as lists of ids: step <c>s</c> is in
/// slot <c>s % R</c> of a ring of <c>R</c> slots, <see cref="Slots"/> rounded up to a power of two, where thread <c>t</c> lists the spikes of its own block in ascending order, so the
/// lists in thread order are the step's spikes in ascending order. A step writes one slot while delivery
/// reads older ones (delays up to <c>Slots - 2</c> steps), so one barrier per step keeps them apart.
/// </summary>
/// <remarks>
/// Each slot has room for every neuron of the population, laid out like the population (thread <c>t</c>'s
/// list starts at its block's first neuron). The buffer is never written beyond the spikes that occur, so
/// its untouched pages cost no physical memory however long the delays, nor the slots the rounding adds.
/// </remarks>
internal sealed unsafe class SpikeHistory : IDisposable
{
    private const int CountsPerLine = 16;

    /// <summary>
    /// The ids a gather may read past a list and write past its destination's last spike: one vector's worth, so
    /// short lists (a few spikes per step and thread) copy in one predicted iteration.
    /// </summary>
    public const int GatherSlack = 8;

    private readonly ThreadBlocks _blocks;
    private readonly int _stride;
    private NativeBuffer _ids;
    private NativeBuffer _counts;
    private int _countStride;
    private int _ringMask;

    public SpikeHistory(ThreadBlocks blocks, int slots)
    {
        _blocks = blocks;
        _stride = blocks.Words * 64;
        (_ids, _counts, _countStride, _ringMask) = Allocate(slots);
        Slots = slots;
    }

    /// <summary>The number of steps kept (the ring may hold more).</summary>
    public int Slots { get; private set; }

    /// <summary>Where thread <paramref name="thread"/> lists its spikes of step <paramref name="step"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int* List(long step, int thread) => Ids(Slot(step), thread);

    /// <summary>The number of spikes thread <paramref name="thread"/> listed for step <paramref name="step"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Count(long step, int thread) => Counts(thread)[Slot(step)];

    /// <summary>Sets how many spikes thread <paramref name="thread"/> listed for step <paramref name="step"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetCount(long step, int thread, int count) => Counts(thread)[Slot(step)] = count;

    /// <summary>
    /// Thread <paramref name="thread"/>'s spikes of step <paramref name="step"/> whose ids are in <c>[from, to)</c>:
    /// a run of its ascending list, found by binary search where the range cuts the thread's block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Within(long step, int thread, int from, int to) => Within(Slot(step), thread, from, to);

    /// <summary>
    /// Writes the ids of the spikes of step <paramref name="step"/> in <c>[from, to)</c> to
    /// <paramref name="destination"/> as offsets from <paramref name="from"/>, ascending; returns how many.
    /// <paramref name="destination"/> needs room for <see cref="GatherSlack"/> ids past them, which this overwrites.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Gather(long step, int from, int to, int* destination)
    {
        int written = 0;
        int slot = Slot(step);
        for (int thread = 0; thread < _blocks.Threads; thread++)
        {
            var spikes = Within(slot, thread, from, to);
            fixed (int* source = spikes)
            {
                CopyOffsets(source, spikes.Length, from, destination + written);
            }

            written += spikes.Length;
        }

        return written;
    }

    /// <summary>
    /// Keeps at least <paramref name="slots"/> steps from now on. Called between runs; <paramref name="nextStep"/>
    /// is the step about to run, so the kept steps before it move to their slots in the larger ring.
    /// </summary>
    public void EnsureSlots(int slots, long nextStep)
    {
        if (slots <= Slots)
        {
            return;
        }

        if (slots <= _ringMask + 1)
        {
            Slots = slots;
            return;
        }

        var (ids, counts, countStride, ringMask) = Allocate(slots);
        for (long step = Math.Max(0, nextStep - Slots); step < nextStep; step++)
        {
            int from = Slot(step);
            int to = (int)step & ringMask;
            for (int thread = 0; thread < _blocks.Threads; thread++)
            {
                int count = Counts(thread)[from];
                ((int*)counts.Pointer)[(thread * countStride) + to] = count;
                new ReadOnlySpan<int>(Ids(from, thread), count).CopyTo(new Span<int>((int*)ids.Pointer + ((long)to * _stride) + _blocks.FromNeuron(thread), count));
            }
        }

        _ids.Dispose();
        _counts.Dispose();
        (_ids, _counts, _countStride, _ringMask, Slots) = (ids, counts, countStride, ringMask, slots);
    }

    public void Dispose()
    {
        _ids.Dispose();
        _counts.Dispose();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<int> Within(int slot, int thread, int from, int to)
    {
        int lo = _blocks.FromNeuron(thread);
        int hi = _blocks.ToNeuron(thread);
        int count = Counts(thread)[slot];
        if (hi <= from || lo >= to || count == 0)
        {
            return default;
        }

        int* list = Ids(slot, thread);
        int first = lo >= from ? 0 : LowerBound(list, count, from);
        int end = hi <= to ? count : LowerBound(list, count, to);
        return new ReadOnlySpan<int>(list + first, end - first);
    }

    /// <summary>
    /// The first place in the ascending <paramref name="list"/> (<paramref name="count"/> ≥ 1 ids) whose id is at
    /// least <paramref name="value"/>. Without branches on the ids: the lists are a few spikes long, and a branchy
    /// search mispredicted about once per halving.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LowerBound(int* list, int count, int value)
    {
        int* first = list;
        int length = count;
        while (length > 1)
        {
            int half = length >>> 1;

            // All ones where first[half] < value: ids and value are neuron ids, so the difference cannot overflow.
            first += half & ((first[half] - value) >> 31);
            length -= half;
        }

        return (int)(first - list) + (int)((uint)(*first - value) >> 31);
    }

    /// <summary>
    /// Writes <paramref name="count"/> ids from <paramref name="source"/> less <paramref name="from"/> to
    /// <paramref name="destination"/>, a vector at a time; both may be read or written <see cref="GatherSlack"/> past.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyOffsets(int* source, int count, int from, int* destination)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var offset = Vector256.Create(from);
            for (int i = 0; i < count; i += Vector256<int>.Count)
            {
                Vector256.Store(Vector256.Load(source + i) - offset, destination + i);
            }
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                destination[i] = source[i] - from;
            }
        }
    }

    private (NativeBuffer Ids, NativeBuffer Counts, int CountStride, int RingMask) Allocate(int slots)
    {
        // A power of two slots, so a step's slot is a mask rather than a 64-bit division (several per step and thread).
        int ring = (int)BitOperations.RoundUpToPowerOf2((uint)slots);

        // Each thread's counts on cache lines of their own: a thread writes its count every step.
        int countStride = (ring + CountsPerLine - 1) / CountsPerLine * CountsPerLine;
        return (
            NativeBuffer.AllocateUninitialized<int>(((long)ring * _stride) + GatherSlack),
            NativeBuffer.Allocate<int>((long)countStride * _blocks.Threads),
            countStride,
            ring - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long step) => (int)step & _ringMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int* Ids(int slot, int thread) => (int*)_ids.Pointer + ((long)slot * _stride) + _blocks.FromNeuron(thread);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int* Counts(int thread) => (int*)_counts.Pointer + (thread * _countStride);
}
