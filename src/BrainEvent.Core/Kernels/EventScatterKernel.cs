using System.Runtime.CompilerServices;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels;

/// <summary>
/// The event-driven scatter: for each active segment <c>s</c>, in ascending order,
/// <c>y[targets[p]] += w[p]</c> over its slots. <c>spikes @ W</c> for FixedPost over its rows; through
/// the mirror, <c>W @ spikes</c> touching only the columns of active neurons. The cost grows with the
/// number of active segments, not with their total. Active segments lie scattered through memory, so the
/// loop is bound by memory latency: it asks for each segment's targets and weights
/// <see cref="Lookahead"/> active segments before it adds them. It runs on one thread: splitting the output
/// among threads made every thread walk every active segment, which measured slower. So each output
/// element receives its terms in one fixed order.
/// </summary>
internal static unsafe class EventScatterKernel<T>
    where T : unmanaged
{
    /// <summary>How many active segments ahead the loop prefetches (measured: 2 to 6 are within noise, 1 is slower).</summary>
    internal const int Lookahead = 3;

    /// <summary>Clears <c>y</c> (length <paramref name="outputLength"/>) and scatters every active segment into it.</summary>
    public static void Run<TSegments, TSource>(TSegments segments, T* w, bool broadcast, int* targets, TSource active, T* y, int outputLength)
        where TSegments : struct, ISegments
        where TSource : struct, IActiveSource
    {
        new Span<T>(y, outputLength).Clear();
        var cursor = new ActiveCursor<TSource>(active);
        var upcoming = stackalloc int[Lookahead];
        for (int i = 0; i < Lookahead; i++)
        {
            upcoming[i] = cursor.Next();
            Prefetch(segments, w, broadcast, targets, upcoming[i]);
        }

        for (int i = 0; upcoming[i] >= 0; i = (i + 1) % Lookahead)
        {
            int current = upcoming[i];
            upcoming[i] = cursor.Next();
            Prefetch(segments, w, broadcast, targets, upcoming[i]);
            Add(segments, w, broadcast, targets, y, current);
        }
    }

    /// <summary>Asks for a segment's targets and weights (nothing for -1, the end of the spikes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch<TSegments>(TSegments segments, T* w, bool broadcast, int* targets, int segment)
        where TSegments : struct, ISegments
    {
        if (segment < 0)
        {
            return;
        }

        int start = segments.Start(segment);
        int length = segments.Length(segment);
        Vectors.Prefetch(targets + start, length);
        if (!broadcast)
        {
            Vectors.Prefetch(w + start, length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<TSegments>(TSegments segments, T* w, bool broadcast, int* targets, T* y, int segment)
        where TSegments : struct, ISegments
    {
        int start = segments.Start(segment);
        int length = segments.Length(segment);
        int* t = targets + start;
        if (typeof(T) == typeof(float))
        {
            AddInto((float*)y, t, (float*)w + (broadcast ? 0 : start), broadcast, length);
        }
        else
        {
            AddInto((double*)y, t, (double*)w + (broadcast ? 0 : start), broadcast, length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddInto<TValue>(TValue* y, int* t, TValue* w, bool broadcast, int length)
        where TValue : unmanaged, System.Numerics.IAdditionOperators<TValue, TValue, TValue>
    {
        if (broadcast)
        {
            TValue w0 = *w;
            for (int k = 0; k < length; k++)
            {
                y[t[k]] += w0;
            }
        }
        else
        {
            for (int k = 0; k < length; k++)
            {
                y[t[k]] += w[k];
            }
        }
    }
}
