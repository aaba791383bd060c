using System.Runtime.CompilerServices;

namespace BrainEvent.Kernels;

/// <summary>
/// The helper of a large event scatter: on a second thread, walks the same active segments as the scatter and asks
/// for each one's slots, at most <see cref="KernelRules.HelperLead"/> segments ahead of the count the scatter
/// publishes, so they come from the shared cache rather than from memory when the scatter reaches them. It only
/// reads, so the result is the same with or without it. The library's event kernel and the runtime compiler's both
/// publish their count and run with it. At 10^6 x 100 with 1% new spikes per call it saved about a tenth of the time
/// (bench/README.md, eleventh day); unbounded it saved far less: its lines left the cache before the scatter came.
/// </summary>
internal static unsafe class SegmentPrefetcher
{
    /// <summary>What the scatter publishes when it has added every active segment.</summary>
    public const int Finished = int.MaxValue;

    /// <summary>Segments between two counts the scatter publishes: each publication moves a cache line to the helper.</summary>
    private const int PublishEvery = 8;

    /// <summary>
    /// Whether an event scatter over <paramref name="slots"/> slots runs with the helper: from
    /// <see cref="KernelRules.HelpedEventSlots"/> on, when products may use a second thread.
    /// </summary>
    public static bool Helps(long slots) => slots >= KernelRules.HelpedEventSlots && BrainEventSettings.MaxDegreeOfParallelism >= 2;

    /// <summary>Publishes the scatter's count <paramref name="done"/> to <paramref name="added"/>, one count in <see cref="PublishEvery"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Publish(int* added, int done)
    {
        if (done % PublishEvery == 0)
        {
            Volatile.Write(ref *added, done);
        }
    }

    /// <summary>Publishes that the scatter has added every active segment.</summary>
    public static void Finish(int* added) => Volatile.Write(ref *added, Finished);

    /// <summary>Prefetches the active segments of <paramref name="active"/> in order, keeping within the lead of the count at <paramref name="added"/>.</summary>
    public static void Walk<TSource, TPrefetch>(TSource active, TPrefetch prefetch, int* added)
        where TSource : struct, IActiveSource
        where TPrefetch : struct, ISegmentPrefetch
    {
        var cursor = new ActiveCursor<TSource>(active);
        int walked = 0;
        for (int segment = cursor.Next(); segment >= 0; segment = cursor.Next(), walked++)
        {
            int done;
            while (walked - KernelRules.HelperLead > (done = Volatile.Read(ref *added)))
            {
                Thread.SpinWait(1);
            }

            if (done == Finished)
            {
                return;
            }

            prefetch.Prefetch(segment);
        }
    }
}

/// <summary>What a scatter reads of one segment, asked for ahead: its targets and whatever gives its weights.</summary>
internal interface ISegmentPrefetch
{
    void Prefetch(int segment);
}
