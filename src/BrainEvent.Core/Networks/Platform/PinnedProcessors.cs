namespace BrainEvent.Networks;

/// <summary>
/// Which processors a run's threads pin to (<see cref="NetworkOptions.PinThreads"/>): thread <c>t</c> to element
/// <c>t</c> of the answer, or nothing pinned for an empty answer.
/// </summary>
internal static class PinnedProcessors
{
    /// <summary>
    /// The processors for <paramref name="threads"/> threads of a process allowed to run on
    /// <paramref name="allowed"/>: in one process the first <paramref name="threads"/> of them. On a rank of a
    /// network over <paramref name="ranks"/> ranks, <paramref name="local"/> is its place among the ranks the
    /// launcher started on this machine and their number: local rank <c>l</c> takes the <c>l</c>-th run of
    /// <paramref name="threads"/> processors, so ranks sharing the machine's processors never pin to the same one.
    /// Nothing is pinned with one thread (it meets no other thread at the step barrier), with fewer allowed
    /// processors than the machine's ranks have threads, or on a rank that does not know its place.
    /// </summary>
    public static int[] For(int threads, int ranks, (int Rank, int Size)? local, int[] allowed)
    {
        if (threads <= 1)
        {
            return [];
        }

        var (rank, size) = ranks == 1 ? (0, 1) : local ?? (0, 0);
        if (size == 0 || allowed.Length < (long)size * threads)
        {
            return [];
        }

        return allowed[(rank * threads)..((rank + 1) * threads)];
    }
}
