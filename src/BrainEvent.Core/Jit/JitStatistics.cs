namespace BrainEvent;

/// <summary>A snapshot of the runtime compiler's kernel cache.</summary>
/// <param name="Compilations">Kernels compiled (each distinct key once, unless it was evicted and needed again).</param>
/// <param name="Hits">Lookups that found a compiled (or compiling) kernel.</param>
/// <param name="Misses">Lookups that started a compilation.</param>
/// <param name="Evictions">Kernels dropped, least recently used first, to stay within the capacity.</param>
/// <param name="CompileTime">Total time spent compiling.</param>
/// <param name="CachedKernels">Kernels held now.</param>
public sealed record JitStatistics(long Compilations, long Hits, long Misses, long Evictions, TimeSpan CompileTime, int CachedKernels);
