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

    /// <summary>Adds the rows <c>rows[0..count)</c> straight into <paramref name="field"/> (the view's first target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Direct<T, TWeights>(int* rows, int count, DeliveryLayout<T> layout, int thread, T* field, TWeights weights)
        where T : unmanaged, IAdditionOperators<T, T, T>
        where TWeights : struct, ISlotWeights<T>
    {
        int threads = layout.Threads;
        int* bounds = layout.Bounds + thread;
        int* targets = layout.Targets;
        for (int j = 0; j < count; j++)
        {
            PrefetchAhead<T, TWeights>(rows, j, bounds, threads, targets, weights);
            // Native-sized slots and unsigned targets: no sign extension in the loop.
            int* rowBounds = bounds + ((nint)rows[j] * threads);
            nint k = rowBounds[0];
            nint end = rowBounds[1];
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
    /// Adds the rows <c>rows[0..count)</c> into a delay ring: slot <c>k</c>'s weight goes to ring row
    /// <c>(current + delay[k]) % depth</c>, each ring row <paramref name="ringStride"/> elements from the last,
    /// <paramref name="ring"/> pointing at the view's first target in ring row 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Delayed<T, TWeights>(
        int* rows, int count, DeliveryLayout<T> layout, int thread, T* ring, int current, int depth, long ringStride, TWeights weights)
        where T : unmanaged, IAdditionOperators<T, T, T>
        where TWeights : struct, ISlotWeights<T>
    {
        int threads = layout.Threads;
        int* bounds = layout.Bounds + thread;
        int* targets = layout.Targets;
        ushort* delays = layout.Delays;
        for (int j = 0; j < count; j++)
        {
            PrefetchAhead<T, TWeights>(rows, j, bounds, threads, targets, weights);
            int* rowBounds = bounds + ((nint)rows[j] * threads);
            nint end = rowBounds[1];
            for (nint k = rowBounds[0]; k < end; k++)
            {
                int row = current + delays[k];
                row -= row >= depth ? depth : 0;
                ring[(row * ringStride) + (uint)targets[k]] += weights.At(k);
            }
        }
    }

    /// <summary>Prefetches the split points of the row <c>2 LookAhead</c> spikes after <paramref name="j"/> and the targets and weights of this thread's part of the row <c>LookAhead</c> after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PrefetchAhead<T, TWeights>(int* rows, int j, int* bounds, int threads, int* targets, TWeights weights)
        where T : unmanaged
        where TWeights : struct, ISlotWeights<T>
    {
        CachePrefetch.Line(bounds + ((nint)rows[j + (2 * LookAhead)] * threads));
        int* near = bounds + ((nint)rows[j + LookAhead] * threads);
        CachePrefetch.Range(targets, near[0], near[1]);
        weights.Prefetch(near[0], near[1]);
    }
}
