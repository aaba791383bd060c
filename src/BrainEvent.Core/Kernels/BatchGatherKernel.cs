using System.Runtime.CompilerServices;
using BrainEvent.Kernels.Simd;
using BrainEvent.Kernels.Threading;

namespace BrainEvent.Kernels;

/// <summary>
/// The gather with a batch: <c>Y[s, :] = sum_p w[p] * X[targets[p], :]</c>. <c>W @ M</c> for FixedPost
/// over its rows, and through the mirror every scatter-shaped matrix product. The batch is register-
/// blocked: 8 vectors of accumulators (128 floats with Vector512) stay in registers while a segment's
/// slots stream past, then single vectors, then single lanes. Each output element sums its terms in slot
/// order whatever the blocking.
/// </summary>
internal static unsafe class BatchGatherKernel<T, TVec, TLanes, TOperand>
    where T : unmanaged
    where TVec : struct
    where TLanes : ILanes<T, TVec>
    where TOperand : IBatchOperand<T>
{
    /// <summary><c>x</c> is <c>[n, batch]</c> operand elements, <c>y</c> is <c>[segments, batch]</c>.</summary>
    public static void Run<TSegments>(TSegments segments, T* w, bool broadcast, int* targets, byte* x, int batch, T* y)
        where TSegments : struct, ISegments
    {
        var job = new Job<TSegments>
        {
            Segments = segments,
            W = w,
            Broadcast = broadcast,
            Targets = targets,
            X = x,
            Batch = batch,
            Y = y,
            PerChunk = Math.Max(1, Chunking.SegmentsPerChunk(segments) / Math.Max(1, batch / TLanes.Count)),
        };
        WorkerPool.Run(ref job, Chunking.ChunkCount(segments.Count, job.PerChunk));
    }

    private struct Job<TSegments> : IChunkJob
        where TSegments : struct, ISegments
    {
        public TSegments Segments;
        public T* W;
        public bool Broadcast;
        public int* Targets;
        public byte* X;
        public int Batch;
        public T* Y;
        public int PerChunk;

        public readonly void Execute(int chunk)
        {
            int from = chunk * PerChunk;
            int to = Math.Min(from + PerChunk, Segments.Count);
            int lanes = TLanes.Count;
            for (int s = from; s < to; s++)
            {
                int c = 0;
                for (; c + 8 * lanes <= Batch; c += 8 * lanes)
                {
                    Block8(s, c);
                }

                for (; c + lanes <= Batch; c += lanes)
                {
                    Block1(s, c);
                }

                for (; c < Batch; c++)
                {
                    Single(s, c);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly T WeightAt(int slot) => Broadcast ? W[0] : W[slot];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly byte* Element(int slot, int column) =>
            X + (((long)Targets[slot] * Batch) + column) * TOperand.ElementSize;

        private readonly void Block8(int s, int c)
        {
            int n = TLanes.Count * TOperand.ElementSize;
            TVec a0 = TLanes.Zero, a1 = TLanes.Zero, a2 = TLanes.Zero, a3 = TLanes.Zero;
            TVec a4 = TLanes.Zero, a5 = TLanes.Zero, a6 = TLanes.Zero, a7 = TLanes.Zero;
            int start = Segments.Start(s), end = start + Segments.Length(s);
            for (int p = start; p < end; p++)
            {
                var w = TLanes.Broadcast(WeightAt(p));
                byte* e = Element(p, c);
                a0 = TOperand.Accumulate<TVec, TLanes>(a0, w, e);
                a1 = TOperand.Accumulate<TVec, TLanes>(a1, w, e + n);
                a2 = TOperand.Accumulate<TVec, TLanes>(a2, w, e + 2 * n);
                a3 = TOperand.Accumulate<TVec, TLanes>(a3, w, e + 3 * n);
                a4 = TOperand.Accumulate<TVec, TLanes>(a4, w, e + 4 * n);
                a5 = TOperand.Accumulate<TVec, TLanes>(a5, w, e + 5 * n);
                a6 = TOperand.Accumulate<TVec, TLanes>(a6, w, e + 6 * n);
                a7 = TOperand.Accumulate<TVec, TLanes>(a7, w, e + 7 * n);
            }

            T* y = Y + ((long)s * Batch) + c;
            int lanes = TLanes.Count;
            TLanes.Store(y, a0);
            TLanes.Store(y + lanes, a1);
            TLanes.Store(y + 2 * lanes, a2);
            TLanes.Store(y + 3 * lanes, a3);
            TLanes.Store(y + 4 * lanes, a4);
            TLanes.Store(y + 5 * lanes, a5);
            TLanes.Store(y + 6 * lanes, a6);
            TLanes.Store(y + 7 * lanes, a7);
        }

        private readonly void Block1(int s, int c)
        {
            TVec a0 = TLanes.Zero;
            int start = Segments.Start(s), end = start + Segments.Length(s);
            for (int p = start; p < end; p++)
            {
                a0 = TOperand.Accumulate<TVec, TLanes>(a0, TLanes.Broadcast(WeightAt(p)), Element(p, c));
            }

            TLanes.Store(Y + ((long)s * Batch) + c, a0);
        }

        private readonly void Single(int s, int c)
        {
            T acc = default;
            int start = Segments.Start(s), end = start + Segments.Length(s);
            for (int p = start; p < end; p++)
            {
                acc = TOperand.Accumulate(acc, WeightAt(p), Element(p, c));
            }

            Y[((long)s * Batch) + c] = acc;
        }
    }
}
