namespace BrainEvent.Distributed;

/// <summary>
/// The argument checks of the collectives, made before any call so that a mistake is an
/// <see cref="ArgumentException"/> naming the argument, never memory MPI reads or writes out of bounds.
/// </summary>
internal static class CollectiveChecks
{
    /// <summary>MPI forbids a send buffer that overlaps the receive buffer.</summary>
    internal static void Disjoint<T>(ReadOnlySpan<T> send, ReadOnlySpan<T> recv)
    {
        if (send.Overlaps(recv))
        {
            throw new ArgumentException("send and recv overlap; MPI needs separate buffers.", "recv");
        }
    }

    /// <summary>
    /// A buffer whose length the other arguments fix, <paramref name="why"/> saying how; the callers compare
    /// the lengths themselves, so that the message is formatted only on failure.
    /// </summary>
    internal static ArgumentException WrongLength(string name, int actual, long expected, string why) =>
        new($"{name} must hold {expected} elements ({why}); it holds {actual}.", name);

    internal static void Op(MpiOp op)
    {
        if (op is not (MpiOp.Sum or MpiOp.Max or MpiOp.Min))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "expected MpiOp.Sum, Max or Min.");
        }
    }

    /// <summary>
    /// <paramref name="counts"/> and <paramref name="displs"/> give one block per rank, each inside a buffer of
    /// <paramref name="bufferLength"/> elements; the names are the caller's argument names.
    /// </summary>
    internal static void Blocks(
        ReadOnlySpan<int> counts, ReadOnlySpan<int> displs, int size, int bufferLength,
        string countsName, string displsName, string bufferName)
    {
        if (counts.Length != size)
        {
            throw new ArgumentException($"{countsName} must hold one count per rank ({size}); it holds {counts.Length}.", countsName);
        }

        if (displs.Length != size)
        {
            throw new ArgumentException($"{displsName} must hold one displacement per rank ({size}); it holds {displs.Length}.", displsName);
        }

        for (int i = 0; i < size; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentException($"{countsName}[{i}] is {counts[i]}; a count cannot be negative.", countsName);
            }

            if (displs[i] < 0)
            {
                throw new ArgumentException($"{displsName}[{i}] is {displs[i]}; a displacement cannot be negative.", displsName);
            }

            if ((long)displs[i] + counts[i] > bufferLength)
            {
                throw new ArgumentException(
                    $"the block of rank {i} ({displsName}[{i}] = {displs[i]}, {countsName}[{i}] = {counts[i]}) ends past the {bufferLength} elements of {bufferName}.",
                    displsName);
            }
        }
    }
}
