using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;
using BrainEvent.Kernels.Threading;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels;

/// <summary>
/// The gather with a batch: <c>Y[s, :] = sum_p w(p) * X[targets[p], :]</c>. <c>W @ M</c> for FixedPost
/// over its rows, and through the mirror every scatter-shaped matrix product. The batch is register-
/// blocked: <see cref="KernelRules.BatchBlockVectors"/> vectors of accumulators (128 floats with Vector512)
/// stay in registers while a segment's slots stream past, then single vectors, then single lanes. A
/// segment's weights are computed once, before the sweep: computing them inside it made the JIT keep the
/// accumulators in memory. Each output element sums its terms in slot order whatever the blocking.
/// </summary>
internal static unsafe class BatchGatherKernel<T, TVec, TLanes, TOperand>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TVec : struct
    where TLanes : ILanes<T, TVec>
    where TOperand : IBatchOperand<T>
{
    /// <summary><c>x</c> is <c>[n, batch]</c> operand elements, <c>y</c> is <c>[segments, batch]</c>.</summary>
    public static void Run<TSegments, TWeights>(TSegments segments, TWeights weights, int* targets, byte* x, int batch, T* y)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        var job = new Job<TSegments, TWeights>
        {
            Segments = segments,
            Weights = weights,
            Targets = targets,
            X = x,
            Batch = batch,
            Y = y,
            PerChunk = KernelRules.BatchSegmentsPerChunk<T, TSegments>(segments, batch),
            Capacity = Math.Max(1, (segments.MaxLength + Vector256<T>.Count - 1) / Vector256<T>.Count) * Vector256<T>.Count,
        };
        WorkerPool.Run(ref job, KernelRules.ChunkCount(segments.Count, job.PerChunk));
    }

    private struct Job<TSegments, TWeights> : IChunkJob
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        public TSegments Segments;
        public TWeights Weights;
        public int* Targets;
        public byte* X;
        public int Batch;
        public T* Y;
        public int PerChunk;

        /// <summary>The weight buffer's length: the longest segment, in whole vectors.</summary>
        public int Capacity;

        public readonly void Execute(int chunk)
        {
            if (Capacity <= KernelRules.StackWeights)
            {
                T* block = stackalloc T[Capacity];
                Execute(chunk, block);
                return;
            }

            T[] rented = ArrayPool<T>.Shared.Rent(Capacity);
            try
            {
                fixed (T* block = rented)
                {
                    Execute(chunk, block);
                }
            }
            finally
            {
                ArrayPool<T>.Shared.Return(rented);
            }
        }

        [MethodImpl(KernelRules.LoopCompilation)]
        private readonly void Execute(int chunk, T* block)
        {
            Weights.Prepare(block, Capacity);
            int from = chunk * PerChunk;
            int to = Math.Min(from + PerChunk, Segments.Count);
            int lanes = TLanes.Count;
            for (int s = from; s < to; s++)
            {
                int start = Segments.Start(s), length = Segments.Length(s);
                T* weights = Weights.Block(start, length, block);
                int c = 0;
                for (; c + (KernelRules.BatchBlockVectors * lanes) <= Batch; c += KernelRules.BatchBlockVectors * lanes)
                {
                    Block8(s, c, start, length, weights);
                }

                for (; c + lanes <= Batch; c += lanes)
                {
                    Block1(s, c, start, length, weights);
                }

                for (; c < Batch; c++)
                {
                    Single(s, c, start, length, weights);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly byte* Element(int slot, int column) =>
            X + (((long)Targets[slot] * Batch) + column) * TOperand.ElementSize;

        private readonly void Block8(int s, int c, int start, int length, T* weights)
        {
            int n = TLanes.Count * TOperand.ElementSize;
            TVec a0 = TLanes.Zero, a1 = TLanes.Zero, a2 = TLanes.Zero, a3 = TLanes.Zero;
            TVec a4 = TLanes.Zero, a5 = TLanes.Zero, a6 = TLanes.Zero, a7 = TLanes.Zero;
            for (int k = 0; k < length; k++)
            {
                var w = TLanes.Broadcast(weights[k]);
                byte* e = Element(start + k, c);
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

        private readonly void Block1(int s, int c, int start, int length, T* weights)
        {
            TVec a0 = TLanes.Zero;
            for (int k = 0; k < length; k++)
            {
                a0 = TOperand.Accumulate<TVec, TLanes>(a0, TLanes.Broadcast(weights[k]), Element(start + k, c));
            }

            TLanes.Store(Y + ((long)s * Batch) + c, a0);
        }

        private readonly void Single(int s, int c, int start, int length, T* weights)
        {
            T acc = default;
            for (int k = 0; k < length; k++)
            {
                acc = TOperand.Accumulate(acc, weights[k], Element(start + k, c));
            }

            Y[((long)s * Batch) + c] = acc;
        }
    }
}
