namespace BrainEvent.Networks;

/// <summary>
/// The part of a projection's delivery layout a rank of a distributed network keeps: in each row, the slots
/// whose targets are its own neurons. Rows are sorted by target and the rank's neurons are one block, so that
/// part is one contiguous run of each row, already split among the rank's threads by the full layout's split points.
/// </summary>
internal static unsafe class OwnSlots
{
    /// <summary>
    /// A copy of the slots of <paramref name="full"/> (split for every rank's blocks) that target this rank's
    /// blocks of <paramref name="postBlocks"/>, split for its own threads only; <paramref name="full"/> is disposed (also if this throws).
    /// </summary>
    public static DeliveryLayout<T> Keep<T>(DeliveryLayout<T> full, ThreadBlocks postBlocks, int threads)
        where T : unmanaged
    {
        var owned = new List<IDisposable>();
        try
        {
            int rows = full.Rows;
            int all = full.Threads;
            int first = postBlocks.FirstOwn;
            long kept = 0;
            for (int row = 0; row < rows; row++)
            {
                kept += full.Bounds[((long)row * all) + first + threads] - full.Bounds[((long)row * all) + first];
            }

            int* targets = Allocate<int>(kept, owned);
            T* weights = full.Weights is null ? null : Allocate<T>(kept, owned);
            ushort* delays = full.Delays is null ? null : Allocate<ushort>(kept, owned);
            int* bounds = Allocate<int>(((long)rows * threads) + 1, owned);
            int at = 0;
            for (int row = 0; row < rows; row++)
            {
                int* rowBounds = full.Bounds + ((long)row * all) + first;
                int from = rowBounds[0];
                int length = rowBounds[threads] - from;
                for (int thread = 0; thread < threads; thread++)
                {
                    bounds[((long)row * threads) + thread] = at + rowBounds[thread] - from;
                }

                new ReadOnlySpan<int>(full.Targets + from, length).CopyTo(new Span<int>(targets + at, length));
                if (weights is not null)
                {
                    new ReadOnlySpan<T>(full.Weights + from, length).CopyTo(new Span<T>(weights + at, length));
                }

                if (delays is not null)
                {
                    new ReadOnlySpan<ushort>(full.Delays + from, length).CopyTo(new Span<ushort>(delays + at, length));
                }

                at += length;
            }

            bounds[(long)rows * threads] = at;
            var part = new DeliveryLayout<T>(rows, threads, targets, weights, full.Weight, delays, bounds, owned) { FirstBlock = first };
            full.Dispose();
            return part;
        }
        catch
        {
            owned.ForEach(item => item.Dispose());
            full.Dispose();
            throw;
        }
    }

    private static TElement* Allocate<TElement>(long count, List<IDisposable> owned)
        where TElement : unmanaged
    {
        var buffer = NativeBuffer.Allocate<TElement>(Math.Max(count, 1));
        owned.Add(buffer);
        return (TElement*)buffer.Pointer;
    }
}
