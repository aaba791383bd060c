using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace BrainEvent.Tests.Support;

/// <summary>
/// Records the range of every <c>Parallel.For</c> that begins, in any thread of the process, while it is alive:
/// the runtime's "System.Threading.Tasks.Parallel.EventSource" reports each loop's bounds as it starts. It shows
/// whether code started a parallel loop, independent of timing and of what the loop's workers allocate.
/// </summary>
internal sealed class ParallelLoopListener : EventListener
{
    private const string SourceName = "System.Threading.Tasks.Parallel.EventSource";
    private const int ParallelLoopBegin = 1;

    // Initialised before the base constructor, which reports the sources that already exist.
    private readonly ConcurrentQueue<(long From, long To)> _loops = new();

    /// <summary>The [from, to) range of each loop begun so far.</summary>
    public IReadOnlyCollection<(long From, long To)> Loops => _loops;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == SourceName)
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventSource.Name == SourceName && eventData.EventId == ParallelLoopBegin && eventData.Payload is { Count: 6 } payload)
        {
            _loops.Enqueue((Convert.ToInt64(payload[4]), Convert.ToInt64(payload[5])));
        }
    }
}
