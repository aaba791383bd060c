using System.Numerics;
using System.Runtime.CompilerServices;
using BrainEvent.Kernels.Simd;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels;

/// <summary>
/// The event-driven scatter: for each active segment <c>s</c>, in ascending order,
/// <c>y[targets[p]] += w(p)</c> over its positions in order. <c>spikes @ W</c> for FixedPost over its rows;
/// through the mirror, <c>W @ spikes</c> touching only the columns of active neurons. The cost grows with
/// the number of active segments, not with their total. Active segments lie scattered through memory, so the
/// loop is bound by memory latency: it asks for each segment's targets and weights
/// <see cref="KernelRules.Lookahead"/> active segments before it adds them. One thread adds: splitting the output
/// among threads made every thread walk every active segment, which measured slower. So each output element
/// receives its terms in one fixed order. On a matrix of <see cref="KernelRules.HelpedEventSlots"/> slots or more a
/// second thread, when there is one, walks the same active segments up to <see cref="KernelRules.HelperLead"/>
/// ahead and prefetches them (<see cref="SegmentPrefetcher"/>): it only reads, so the result is the same.
/// </summary>
internal static unsafe class EventScatterKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Clears <c>y</c> (length <paramref name="outputLength"/>) and scatters every active segment into it.</summary>
    public static void Run<TSegments, TWeights, TSource>(TSegments segments, TWeights weights, int* targets, TSource active, T* y, int outputLength)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
        where TSource : struct, IActiveSource
    {
        int added = 0;
        if (!SegmentPrefetcher.Helps(segments.SlotCount))
        {
            Scatter(segments, weights, targets, active, y, outputLength, &added);
            return;
        }

        SegmentPrefetcher.RunHelped(
            new BoundScatter<TSegments, TWeights, TSource>(segments, weights, targets, active, y, outputLength, &added),
            active,
            new SlotPrefetch<TSegments, TWeights>(segments, weights, targets),
            &added);
    }

    /// <summary>
    /// The scatter itself; publishes to <paramref name="added"/> how many active segments it has added, every few.
    /// </summary>
    private static void Scatter<TSegments, TWeights, TSource>(
        TSegments segments, TWeights weights, int* targets, TSource active, T* y, int outputLength, int* added)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
        where TSource : struct, IActiveSource
    {
        new Span<T>(y, outputLength).Clear();
        T* block = stackalloc T[KernelRules.WeightBlock];
        weights.Prepare(block, KernelRules.WeightBlock);
        var cursor = new ActiveCursor<TSource>(active);
        var upcoming = stackalloc int[KernelRules.Lookahead];
        for (int i = 0; i < KernelRules.Lookahead; i++)
        {
            upcoming[i] = cursor.Next();
            Prefetch(segments, weights, targets, upcoming[i]);
        }

        int done = 0;
        for (int i = 0; upcoming[i] >= 0; i = (i + 1) % KernelRules.Lookahead)
        {
            int current = upcoming[i];
            upcoming[i] = cursor.Next();
            Prefetch(segments, weights, targets, upcoming[i]);
            Add(segments, weights, targets, y, current, block);
            SegmentPrefetcher.Publish(added, ++done);
        }
    }

    /// <summary>Asks for a segment's targets and weights (nothing for -1, the end of the spikes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch<TSegments, TWeights>(TSegments segments, TWeights weights, int* targets, int segment)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        if (segment < 0)
        {
            return;
        }

        int start = segments.Start(segment);
        int length = segments.Length(segment);
        Vectors.Prefetch(targets + start, length);
        weights.Prefetch(start, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<TSegments, TWeights>(TSegments segments, TWeights weights, int* targets, T* y, int segment, T* block)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        int start = segments.Start(segment);
        int length = segments.Length(segment);
        for (int k = 0; k < length; k += KernelRules.WeightBlock)
        {
            int count = Math.Min(KernelRules.WeightBlock, length - k);
            T* w = weights.Block(start + k, count, block);
            int* t = targets + start + k;
            for (int j = 0; j < count; j++)
            {
                y[t[j]] += w[j];
            }
        }
    }

    /// <summary>The scatter with its operands, for the helped job.</summary>
    private readonly struct BoundScatter<TSegments, TWeights, TSource>(
        TSegments segments, TWeights weights, int* targets, TSource active, T* y, int outputLength, int* added) : IEventScatter
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
        where TSource : struct, IActiveSource
    {
        public void Run() => Scatter(segments, weights, targets, active, y, outputLength, added);
    }

    /// <summary>The helper's prefetch: what <see cref="Scatter"/> asks for ahead.</summary>
    private readonly struct SlotPrefetch<TSegments, TWeights>(TSegments segments, TWeights weights, int* targets) : ISegmentPrefetch
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        public void Prefetch(int segment) => EventScatterKernel<T>.Prefetch(segments, weights, targets, segment);
    }
}
