using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using BrainEvent.Kernels.Threading;

namespace BrainEvent.Kernels;

/// <summary>
/// The event-driven scatter: for each active segment <c>s</c>, in ascending order,
/// <c>y[targets[p]] += w[p]</c> over its slots. <c>spikes @ W</c> for FixedPost over its rows; through
/// the mirror, <c>W @ spikes</c> touching only the columns of active neurons. The cost grows with the
/// number of active segments, not with their total. Large outputs are split into column ranges, one per
/// chunk: every chunk walks all active segments but adds only into its own range, so each output element
/// receives its terms in the same order whatever the number of threads.
/// </summary>
internal static unsafe class EventScatterKernel<T>
    where T : unmanaged
{
    /// <summary>Outputs smaller than this stay in one chunk: splitting only multiplies the walking.</summary>
    private const int MinOutputPerChunk = 1 << 16;

    /// <summary>Clears <c>y</c> (length <paramref name="outputLength"/>) and scatters every active segment into it.</summary>
    public static void Run<TSegments, TSource>(TSegments segments, T* w, bool broadcast, int* targets, TSource active, T* y, int outputLength)
        where TSegments : struct, ISegments
        where TSource : struct, IActiveSource
    {
        int chunks = outputLength < 2 * MinOutputPerChunk || segments.SlotCount < Chunking.SlotsPerChunk
            ? 1
            : Math.Min(BrainEventSettings.MaxDegreeOfParallelism, outputLength / MinOutputPerChunk);
        var job = new Job<TSegments, TSource>
        {
            Segments = segments,
            W = w,
            Broadcast = broadcast,
            Targets = targets,
            Active = active,
            Y = y,
            OutputLength = outputLength,
            Chunks = chunks,
        };
        WorkerPool.Run(ref job, chunks);
    }

    private struct Job<TSegments, TSource> : IChunkJob
        where TSegments : struct, ISegments
        where TSource : struct, IActiveSource
    {
        public TSegments Segments;
        public T* W;
        public bool Broadcast;
        public int* Targets;
        public TSource Active;
        public T* Y;
        public int OutputLength;
        public int Chunks;

        public readonly void Execute(int chunk)
        {
            int lo = (int)((long)OutputLength * chunk / Chunks);
            int hi = (int)((long)OutputLength * (chunk + 1) / Chunks);
            new Span<T>(Y + lo, hi - lo).Clear();
            var cursor = new ActiveCursor<TSource>(Active);
            int current = cursor.Next();
            while (current >= 0)
            {
                int next = cursor.Next();
                if (next >= 0)
                {
                    Prefetch(next);
                }

                int start = Segments.Start(current);
                int length = Segments.Length(current);
                if (Chunks == 1)
                {
                    AddAll(start, length);
                }
                else
                {
                    AddInRange(start, length, lo, hi);
                }

                current = next;
            }
        }

        /// <summary>Asks for the next segment's targets and weights while this one is being added.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly void Prefetch(int segment)
        {
            if (!Sse.IsSupported)
            {
                return;
            }

            int start = Segments.Start(segment);
            int length = Segments.Length(segment);
            for (int offset = 0; offset < length; offset += 64 / sizeof(int))
            {
                Sse.Prefetch0(Targets + start + offset);
            }

            if (!Broadcast)
            {
                for (int offset = 0; offset < length; offset += 64 / sizeof(T))
                {
                    Sse.Prefetch0(W + start + offset);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly void AddAll(int start, int length)
        {
            int* t = Targets + start;
            if (typeof(T) == typeof(float))
            {
                var y = (float*)Y;
                if (Broadcast)
                {
                    float w0 = *(float*)W;
                    for (int k = 0; k < length; k++)
                    {
                        y[t[k]] += w0;
                    }
                }
                else
                {
                    var w = (float*)W + start;
                    for (int k = 0; k < length; k++)
                    {
                        y[t[k]] += w[k];
                    }
                }
            }
            else
            {
                var y = (double*)Y;
                if (Broadcast)
                {
                    double w0 = *(double*)W;
                    for (int k = 0; k < length; k++)
                    {
                        y[t[k]] += w0;
                    }
                }
                else
                {
                    var w = (double*)W + start;
                    for (int k = 0; k < length; k++)
                    {
                        y[t[k]] += w[k];
                    }
                }
            }
        }

        /// <summary>
        /// Adds only the slots whose target lies in <c>[lo, hi)</c>. The test picks the address (a target in
        /// range or a scratch cell) rather than branching, because in-range slots are unpredictable.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly void AddInRange(int start, int length, int lo, int hi)
        {
            int* t = Targets + start;
            uint span = (uint)(hi - lo);
            T scratch = default;
            T* sink = &scratch;
            for (int k = 0; k < length; k++)
            {
                int j = t[k];
                T* target = (uint)(j - lo) < span ? Y + j : sink;
                if (typeof(T) == typeof(float))
                {
                    *(float*)target += Broadcast ? *(float*)W : ((float*)W)[start + k];
                }
                else
                {
                    *(double*)target += Broadcast ? *(double*)W : ((double*)W)[start + k];
                }
            }
        }
    }
}
