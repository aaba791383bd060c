using System.Numerics;
using BrainEvent.Builders;

namespace BrainEvent.Networks;

/// <summary>
/// The delivery layout of a projection on a rank of a distributed network: of each row, only the slots whose
/// targets are the rank's own neurons, split among its own threads. Rows are delivered sorted by target and the
/// rank's neurons are one block, so that part is one contiguous run of the sorted row. It is copied straight
/// from the matrix, or from random rows drawn one at a time, row by row: no full-size copy, sort order or split
/// points for other ranks' blocks is made.
/// </summary>
internal static unsafe class OwnSlots
{
    /// <summary>
    /// The own slots of <paramref name="weights"/> delivering into a view starting at neuron
    /// <paramref name="postStart"/> of a population split into <paramref name="postBlocks"/>; with
    /// <paramref name="delaySteps"/> (one per stored slot) also their delays, and the largest delay of all slots,
    /// every rank's alike, in <paramref name="maxDelay"/>.
    /// </summary>
    public static DeliveryLayout<T> Build<T>(
        FixedNumConn<T> weights, ReadOnlyMemory<ushort>? delaySteps, int postStart, ThreadBlocks postBlocks, out int maxDelay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        maxDelay = 0;
        foreach (ushort delay in delaySteps is { } all ? all.Span : [])
        {
            maxDelay = Math.Max(maxDelay, delay);
        }

        var rows = new OwnRows<T>(weights, postBlocks.OwnFromNeuron - postStart, postBlocks.OwnToNeuron - postStart);
        return Build(rows, delaySteps, postStart, postBlocks);
    }

    /// <summary>The own slots of the random rows <paramref name="drawn"/> draws, every synapse of weight <paramref name="weight"/>, as the other overload keeps them.</summary>
    public static DeliveryLayout<T> Build<T>(RandomConnectivity.RandomRows drawn, T weight, int postStart, ThreadBlocks postBlocks)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Build(new OwnRows<T>(drawn, weight, postBlocks.OwnFromNeuron - postStart, postBlocks.OwnToNeuron - postStart), null, postStart, postBlocks);

    private static DeliveryLayout<T> Build<T>(OwnRows<T> rows, ReadOnlyMemory<ushort>? delaySteps, int postStart, ThreadBlocks postBlocks)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long kept = 0;
        for (int row = 0; row < rows.Count; row++)
        {
            kept += rows.CountOwn(row);
        }

        int threads = postBlocks.OwnThreads;
        var owned = new List<IDisposable>();
        try
        {
            int* targets = Allocate<int>(kept, owned);
            T* perSlot = rows.Weight is null ? Allocate<T>(kept, owned) : null;
            ushort* delays = delaySteps is null ? null : Allocate<ushort>(kept, owned);
            int* bounds = Allocate<int>(((long)rows.Count * threads) + 1, owned);
            var positions = new long[rows.Widest];
            var delayOf = delaySteps is { } steps ? steps.Span : default;
            var threadStarts = new int[threads];
            for (int thread = 0; thread < threads; thread++)
            {
                threadStarts[thread] = postBlocks.FromNeuron(postBlocks.FirstOwn + thread) - postStart;
            }

            int at = 0;
            for (int row = 0; row < rows.Count; row++)
            {
                int count = rows.OwnInOrder(row, positions);
                int* rowBounds = bounds + ((long)row * threads);
                int thread = 0;
                for (int k = 0; k < count; k++)
                {
                    int target = (int)(positions[k] >> 32);
                    int position = (int)positions[k];
                    for (; thread < threads && target >= threadStarts[thread]; thread++)
                    {
                        rowBounds[thread] = at;
                    }

                    targets[at] = target;
                    if (perSlot is not null)
                    {
                        perSlot[at] = rows.Value(position);
                    }

                    if (delays is not null)
                    {
                        delays[at] = delayOf[rows.StoredSlot(position)];
                    }

                    at++;
                }

                for (; thread < threads; thread++)
                {
                    rowBounds[thread] = at;
                }
            }

            bounds[(long)rows.Count * threads] = at;
            return new DeliveryLayout<T>(rows.Count, threads, targets, perSlot, rows.Weight ?? default, delays, bounds, owned) { FirstBlock = postBlocks.FirstOwn };
        }
        catch
        {
            owned.ForEach(item => item.Dispose());
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
