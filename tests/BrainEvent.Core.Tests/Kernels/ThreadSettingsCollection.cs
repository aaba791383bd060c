namespace BrainEvent.Tests.Kernels;

/// <summary>
/// Tests that change the process-wide thread count run one at a time (xunit runs one collection's tests
/// sequentially); other tests may see the changed count, which changes no result.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ThreadSettingsCollection
{
    public const string Name = "Thread settings";

    public static IDisposable Use(int threads)
    {
        int previous = BrainEventSettings.MaxDegreeOfParallelism;
        BrainEventSettings.MaxDegreeOfParallelism = threads;
        return new Restore(previous);
    }

    private sealed class Restore(int previous) : IDisposable
    {
        public void Dispose() => BrainEventSettings.MaxDegreeOfParallelism = previous;
    }
}
