using System.Numerics;
using System.Runtime.CompilerServices;
using BrainEvent.Kernels.Simd;
using BrainEvent.Kernels.Threading;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels;

/// <summary>
/// The gather, <c>y[s] = sum_p w(p) * x[targets[p]]</c> over the positions <c>p</c> of each segment <c>s</c>:
/// <c>W @ v</c> for FixedPost over its rows and, through the mirror (targets = row of slot, weights in mirror
/// order), the scatter <c>v @ W</c> as a parallel, deterministic gather.
/// </summary>
internal static unsafe class GatherKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static void Run<TSegments, TWeights>(TSegments segments, TWeights weights, int* targets, T* x, T* y)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        var job = new Job<TSegments, TWeights>
        {
            Segments = segments,
            Weights = weights,
            Targets = targets,
            X = x,
            Y = y,
            PerChunk = KernelRules.SegmentsPerChunk(segments),
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
        public T* X;
        public T* Y;
        public int PerChunk;

        [MethodImpl(KernelRules.LoopCompilation)]
        public readonly void Execute(int chunk)
        {
            var segments = Segments;
            var weights = Weights;
            int from = chunk * PerChunk;
            int to = Math.Min(from + PerChunk, segments.Count);
            for (int s = from; s < to; s++)
            {
                int start = segments.Start(s);
                Y[s] = GatherDot.Dot(weights, start, Targets + start, X, segments.Length(s));
            }
        }
    }
}
