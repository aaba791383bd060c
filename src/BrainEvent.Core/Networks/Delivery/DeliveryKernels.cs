using System.Numerics;
using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// The inner loops of delivery: for each spiking row, in ascending order, add each of this thread's slots'
/// weights into its target. Rows <see cref="LookAhead"/> spikes ahead are prefetched (their targets and
/// weights, only this thread's part) and their split points twice as far ahead: at scale the rows are
/// scattered over a large array and every row would otherwise wait for memory. The add is scalar, unrolled
/// by four: a row's targets are mostly distinct, and vector scatters are slow on current x86 cores.
/// </summary>
internal static unsafe class DeliveryKernels
{
    /// <summary>Spikes ahead whose rows are prefetched; the spike list holds <c>2 LookAhead</c> copies of its last row past its end.</summary>
    public const int LookAhead = 8;

    /// <summary>Room a spike list needs past its rows: the copies of its last row, which also covers what a gather writes past them.</summary>
    public const int ListSlack = 2 * LookAhead >= SpikeHistory.GatherSlack ? 2 * LookAhead : SpikeHistory.GatherSlack;

    /// <summary>
    /// Writes the <c>2 LookAhead</c> copies of the last of the <paramref name="count"/> rows past them, which the
    /// prefetches of the last rows read. By hand rather than <c>Span.Fill</c>, a generic method of its own that ran
    /// unoptimised for a run's first steps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyLastRow(int* rows, int count)
    {
        int last = rows[count - 1];
        for (int copy = 0; copy < 2 * LookAhead; copy++)
        {
            rows[count + copy] = last;
        }
    }

    /// <summary>Adds this thread's <paramref name="parts"/> of the rows <c>rows[0..count)</c> straight into <paramref name="field"/> (the view's first target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Direct<T, TParts, TWeights>(int* rows, int count, int* targets, TParts parts, T* field, TWeights weights)
        where T : unmanaged, IAdditionOperators<T, T, T>
        where TParts : struct, IRowParts
        where TWeights : struct, ISlotWeights<T>
    {
        for (int j = 0; j < count; j++)
        {
            PrefetchAhead<T, TParts, TWeights>(rows, j, parts, targets, weights);
            // Native-sized slots and unsigned targets: no sign extension in the loop.
            parts.Part(rows[j], out nint k, out nint end);
            for (; k + 4 <= end; k += 4)
            {
                field[(uint)targets[k]] += weights.At(k);
                field[(uint)targets[k + 1]] += weights.At(k + 1);
                field[(uint)targets[k + 2]] += weights.At(k + 2);
                field[(uint)targets[k + 3]] += weights.At(k + 3);
            }

            for (; k < end; k++)
            {
                field[(uint)targets[k]] += weights.At(k);
            }
        }
    }

    /// <summary>
    /// Adds this thread's <paramref name="parts"/> of the rows <c>rows[0..count)</c> into a delay ring: slot
    /// <c>k</c>'s weight goes to ring row <c>(current + delays[k]) % depth</c>, each ring row
    /// <paramref name="ringStride"/> elements from the last, <paramref name="ring"/> pointing at the view's first
    /// target in ring row 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Delayed<T, TParts, TWeights>(
        int* rows, int count, int* targets, ushort* delays, TParts parts, T* ring, int current, int depth, long ringStride, TWeights weights)
        where T : unmanaged, IAdditionOperators<T, T, T>
        where TParts : struct, IRowParts
        where TWeights : struct, ISlotWeights<T>
    {
        for (int j = 0; j < count; j++)
        {
            PrefetchAhead<T, TParts, TWeights>(rows, j, parts, targets, weights);
            parts.Part(rows[j], out nint k, out nint end);
            for (; k < end; k++)
            {
                int row = current + delays[k];
                row -= row >= depth ? depth : 0;
                ring[(row * ringStride) + (uint)targets[k]] += weights.At(k);
            }
        }
    }

    /// <summary>Prefetches what locates the part of the row <c>2 LookAhead</c> spikes after <paramref name="j"/> and the targets and weights of the part of the row <c>LookAhead</c> after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PrefetchAhead<T, TParts, TWeights>(int* rows, int j, TParts parts, int* targets, TWeights weights)
        where T : unmanaged
        where TParts : struct, IRowParts
        where TWeights : struct, ISlotWeights<T>
    {
        parts.Prefetch(rows + j + (2 * LookAhead));
        parts.Part(rows[j + LookAhead], out nint start, out nint end);
        CachePrefetch.Range(targets, start, end);
        weights.Prefetch(start, end);
    }
}
