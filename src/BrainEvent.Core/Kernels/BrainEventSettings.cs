namespace BrainEvent;

/// <summary>Process-wide settings of the product kernels.</summary>
public static class BrainEventSettings
{
    private static int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>
    /// The most threads one product uses, the calling thread included (default: the processor count).
    /// Results are bitwise the same for every value: work is cut into the same pieces whatever the
    /// thread count, and each output element is computed by one piece in a fixed order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int MaxDegreeOfParallelism
    {
        get => Volatile.Read(ref _maxDegreeOfParallelism);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref _maxDegreeOfParallelism, value);
        }
    }
}
