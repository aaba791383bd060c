using System.Runtime.CompilerServices;
using BrainEvent.Kernels.Threading;

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
    private const int Finished = int.MaxValue;

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

    /// <summary>
    /// Runs <paramref name="scatter"/>, which publishes its count to <paramref name="added"/>, with the helper walking
    /// <paramref name="active"/> and asking for each segment through <paramref name="prefetch"/>: a job of two chunks
    /// on the <see cref="WorkerPool"/>. Run serially (no worker free), the walk comes second, finds the scatter
    /// finished and returns at once.
    /// </summary>
    public static void RunHelped<TScatter, TSource, TPrefetch>(TScatter scatter, TSource active, TPrefetch prefetch, int* added)
        where TScatter : struct, IEventScatter
        where TSource : struct, IActiveSource
        where TPrefetch : struct, ISegmentPrefetch
    {
        var job = new HelpedJob<TScatter, TSource, TPrefetch>(scatter, active, prefetch, added);
        WorkerPool.Run(ref job, HelpedJob<TScatter, TSource, TPrefetch>.Chunks);
    }

    /// <summary>Prefetches the active segments of <paramref name="active"/> in order, keeping within the lead of the count at <paramref name="added"/>.</summary>
    private static void Walk<TSource, TPrefetch>(TSource active, TPrefetch prefetch, int* added)
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

    /// <summary>The scatter as chunk 0, the walk as chunk 1.</summary>
    private readonly struct HelpedJob<TScatter, TSource, TPrefetch>(TScatter scatter, TSource active, TPrefetch prefetch, int* added) : IChunkJob
        where TScatter : struct, IEventScatter
        where TSource : struct, IActiveSource
        where TPrefetch : struct, ISegmentPrefetch
    {
        public const int Chunks = 2;

        public void Execute(int chunk)
        {
            if (chunk == 0)
            {
                // Finished even if the scatter throws (a weight transform may): the helper would otherwise wait for ever.
                try
                {
                    scatter.Run();
                }
                finally
                {
                    Volatile.Write(ref *added, Finished);
                }
            }
            else
            {
                Walk(active, prefetch, added);
            }
        }
    }
}

/// <summary>An event scatter with its operands bound, publishing its count (<see cref="SegmentPrefetcher.Publish"/>) as it adds.</summary>
internal interface IEventScatter
{
    void Run();
}

/// <summary>What a scatter reads of one segment, asked for ahead: its targets and whatever gives its weights.</summary>
internal interface ISegmentPrefetch
{
    void Prefetch(int segment);
}
