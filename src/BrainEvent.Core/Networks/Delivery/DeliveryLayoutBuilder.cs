using System.Numerics;
using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// Builds a projection's <see cref="DeliveryLayout{T}"/> from its weights, reusing the matrix's own arrays
/// where they are already in delivery order:
/// <list type="bullet">
/// <item><see cref="FixedPostNumConn{T}"/> with every row sorted (as <c>Random</c> builds them): its indices and
/// values as they are;</item>
/// <item><see cref="FixedPostNumConn{T}"/> with unsorted rows: a copy with each row sorted by target, stably,
/// so duplicates keep their order;</item>
/// <item><see cref="FixedPreNumConn{T}"/>: the column mirror, whose column <c>i</c> lists the slots of pre
/// neuron <c>i</c> in row order (ascending targets), with the values in mirror order.</item>
/// </list>
/// Per-synapse delays are always copied into delivery order (the caller's array may change afterwards).
/// </summary>
internal static unsafe class DeliveryLayoutBuilder
{
    /// <summary>
    /// The layout of <paramref name="weights"/> delivering into a view starting at neuron
    /// <paramref name="postStart"/> of a population split into <paramref name="postBlocks"/>; with
    /// <paramref name="delaySteps"/> (one per stored slot) also its delays, the largest in <paramref name="maxDelay"/>.
    /// </summary>
    public static DeliveryLayout<T> Build<T>(
        FixedNumConn<T> weights, ReadOnlyMemory<ushort>? delaySteps, int postStart, ThreadBlocks postBlocks, out int maxDelay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var owned = new List<IDisposable>();
        try
        {
            var data = weights.Data;
            T weight = weights.IsHomogeneous ? data.Span[0] : default;
            var source = weights.Kind == FixedNumConnKind.FixedPost ? RowSource.OfFixedPost(weights) : RowSource.OfFixedPre(weights);
            var dataInOrder = weights.IsHomogeneous ? default : weights.Kind == FixedNumConnKind.FixedPost ? data : weights.DataInMirrorOrder;

            int* targets;
            T* perSlot = null;
            if (source.Order is null)
            {
                targets = Pin(source.Targets, owned);
                perSlot = weights.IsHomogeneous ? null : Pin(dataInOrder, owned);
            }
            else
            {
                targets = Copy(source.Targets.Span, source.Order, owned);
                perSlot = weights.IsHomogeneous ? null : Copy(dataInOrder.Span, source.Order, owned);
            }

            ushort* delays = null;
            maxDelay = 0;
            if (delaySteps is { } steps)
            {
                delays = Copy(steps.Span, source.DelayOrder, owned);
                for (int slot = 0; slot < steps.Length; slot++)
                {
                    maxDelay = Math.Max(maxDelay, delays[slot]);
                }
            }

            int* bounds = SplitPoints(source, targets, postStart, postBlocks, owned);
            return new DeliveryLayout<T>(source.Rows, postBlocks.Threads, targets, perSlot, weight, delays, bounds, owned) { RowLength = source.RowLength };
        }
        catch
        {
            foreach (var item in owned)
            {
                item.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// For each delivery position of <paramref name="weights"/>' layout, the stored slot (index into the
    /// matrix's data) it comes from; null when they are the same.
    /// </summary>
    public static int[]? SlotOrder<T>(FixedNumConn<T> weights)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        (weights.Kind == FixedNumConnKind.FixedPost ? RowSource.OfFixedPost(weights) : RowSource.OfFixedPre(weights)).DelayOrder;

    /// <summary>For each row and each thread boundary, the first slot whose target is in that thread's block or later.</summary>
    private static int* SplitPoints(in RowSource source, int* targets, int postStart, ThreadBlocks postBlocks, List<IDisposable> owned)
    {
        int threads = postBlocks.Threads;
        var buffer = NativeBuffer.Allocate<int>(((long)source.Rows * threads) + 1);
        owned.Add(buffer);
        int* bounds = (int*)buffer.Pointer;
        for (int row = 0; row < source.Rows; row++)
        {
            int start = source.RowStart(row);
            int end = source.RowStart(row + 1);
            bounds[(long)row * threads] = start;
            for (int thread = 1; thread < threads; thread++)
            {
                int first = postBlocks.FromNeuron(thread) - postStart;
                int at = start;
                while (at < end && targets[at] < first)
                {
                    at++;
                }

                bounds[((long)row * threads) + thread] = at;
                start = at;
            }
        }

        bounds[(long)source.Rows * threads] = source.RowStart(source.Rows);
        return bounds;
    }

    /// <summary>
    /// Pins the caller's memory for the network's lifetime and moves a large array onto huge pages in place,
    /// as the copies are allocated: at scale 100 (128 MB of indices read at random) that halved delivery time.
    /// Only whole 2 MiB pages can move, those inside the memory or, for a slice of an array, inside the rest of
    /// the array from the slice on (pinned with it): the random builders' arrays start on a page and fill their
    /// last one (<see cref="AlignedArrays"/>). An array of a few pages of which that leaves more than an eighth
    /// on small pages is copied onto aligned huge pages instead: at scale 10 (a 10 MB and a 2.6 MB array, 8 MB of
    /// them movable) the copy took delivery 6% to 9% less time. Arrays over 16 MiB are never copied, so a copy
    /// costs at most that much memory.
    /// </summary>
    private static TElement* Pin<TElement>(ReadOnlyMemory<TElement> memory, List<IDisposable> owned)
        where TElement : unmanaged
    {
        nuint bytes = (nuint)memory.Length * (nuint)sizeof(TElement);
        nuint reach = MemoryMarshal.TryGetArray(memory, out var segment)
            ? (nuint)(segment.Array!.Length - segment.Offset) * (nuint)sizeof(TElement)
            : bytes;
        var handle = memory.Pin();
        if (bytes >= HugePages.PageBytes && bytes <= 8 * HugePages.PageBytes
            && HugePages.BytesInWholePages(handle.Pointer, bytes, reach) < bytes - (bytes / 8))
        {
            handle.Dispose();
            return Copy(memory.Span, null, owned);
        }

        owned.Add(handle);
        HugePages.AdviseInPlace(handle.Pointer, reach);
        return (TElement*)handle.Pointer;
    }

    /// <summary>A copy of <paramref name="values"/> in <paramref name="order"/> (position <c>p</c> gets <c>values[order[p]]</c>; null: as they are).</summary>
    private static TElement* Copy<TElement>(ReadOnlySpan<TElement> values, int[]? order, List<IDisposable> owned)
        where TElement : unmanaged
    {
        var buffer = NativeBuffer.Allocate<TElement>(values.Length);
        owned.Add(buffer);
        var copy = new Span<TElement>(buffer.Pointer, values.Length);
        if (order is null)
        {
            values.CopyTo(copy);
        }
        else
        {
            for (int p = 0; p < copy.Length; p++)
            {
                copy[p] = values[order[p]];
            }
        }

        return (TElement*)buffer.Pointer;
    }

    /// <summary>
    /// Where the rows and targets come from. <see cref="Order"/> maps delivery positions to the source of
    /// <see cref="Targets"/> and the values (null: already in delivery order); <see cref="DelayOrder"/> maps
    /// them to the caller's stored slots.
    /// </summary>
    private readonly struct RowSource
    {
        private readonly int _nConn;
        private readonly int[]? _indptr;

        private RowSource(int rows, int nConn, int[]? indptr, ReadOnlyMemory<int> targets, int[]? order, int[]? delayOrder)
        {
            Rows = rows;
            _nConn = nConn;
            _indptr = indptr;
            Targets = targets;
            Order = order;
            DelayOrder = delayOrder;
        }

        public int Rows { get; }

        public ReadOnlyMemory<int> Targets { get; }

        public int[]? Order { get; }

        public int[]? DelayOrder { get; }

        public static RowSource OfFixedPost<T>(FixedNumConn<T> weights)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var order = SortedRowOrder(weights.Indices.Span, weights.NConn);
            return new RowSource(weights.NumPre, weights.NConn, null, weights.Indices, order, order);
        }

        public static RowSource OfFixedPre<T>(FixedNumConn<T> weights)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var mirror = weights.ColumnMirror;
            return new RowSource(weights.NumPre, 0, mirror.IndptrArray, mirror.RowOfSlotArray, null, mirror.PermArray);
        }

        public int RowStart(int row) => _indptr is null ? row * _nConn : _indptr[row];

        /// <summary>The rows' one length when they have one (FixedPost), else 0.</summary>
        public int RowLength => _indptr is null ? _nConn : 0;

        /// <summary>Null when every row is sorted; else the stable order that sorts each row by target.</summary>
        private static int[]? SortedRowOrder(ReadOnlySpan<int> indices, int nConn)
        {
            if (RowsAreSorted(indices, nConn))
            {
                return null;
            }

            int rows = indices.Length / nConn;
            var order = new int[indices.Length];
            var keys = new long[nConn];
            for (int row = 0; row < rows; row++)
            {
                int start = row * nConn;
                for (int k = 0; k < nConn; k++)
                {
                    keys[k] = ((long)indices[start + k] << 32) | (uint)k;    // the slot breaks ties: a stable sort
                }

                Array.Sort(keys);
                for (int k = 0; k < nConn; k++)
                {
                    order[start + k] = start + (int)(keys[k] & uint.MaxValue);
                }
            }

            return order;
        }

        private static bool RowsAreSorted(ReadOnlySpan<int> indices, int nConn)
        {
            for (int start = 0; start < indices.Length; start += nConn)
            {
                for (int k = start + 1; k < start + nConn; k++)
                {
                    if (indices[k] < indices[k - 1])
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
