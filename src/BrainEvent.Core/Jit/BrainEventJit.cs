using BrainEvent.Jit;

namespace BrainEvent;

/// <summary>
/// The runtime compiler: products of a lazy matrix (an element-wise chain from <c>Apply</c>, <c>Apply2</c>
/// or operators) run as one compiled loop that transforms each stored weight in registers as it multiplies
/// it in. Kernels are cached by structure, so a chain rebuilt every time step, or one that differs only in
/// constants, reuses one compiled kernel.
/// </summary>
public static class BrainEventJit
{
    /// <summary>Counters of the kernel cache since the process started.</summary>
    public static JitStatistics Statistics => KernelCache.Shared.Statistics();

    /// <summary>The most compiled kernels kept (default 512); the least recently used go first.</summary>
    public static int CacheCapacity
    {
        get => KernelCache.Shared.Capacity;
        set => KernelCache.Shared.Capacity = value;
    }

    /// <summary>Drops every cached kernel (the counters keep counting).</summary>
    public static void ClearCache() => KernelCache.Shared.Clear();
}
