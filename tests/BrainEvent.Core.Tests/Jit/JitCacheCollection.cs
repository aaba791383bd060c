namespace BrainEvent.Tests.Jit;

/// <summary>Tests that read the compiler's process-wide counters run alone, so no other test compiles meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JitCacheCollection
{
    public const string Name = "Jit cache";
}
