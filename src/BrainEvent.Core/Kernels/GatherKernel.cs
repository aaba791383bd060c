using BrainEvent.Kernels.Simd;
using BrainEvent.Kernels.Threading;

namespace BrainEvent.Kernels;

/// <summary>
/// The gather, <c>y[s] = sum_p w[p] * x[targets[p]]</c> over the slots <c>p</c> of each segment <c>s</c>:
/// <c>W @ v</c> for FixedPost over its rows and, through the mirror (targets = row of slot, w = the
/// column-ordered values), the scatter <c>v @ W</c> as a parallel, deterministic gather.
/// </summary>
internal static unsafe class GatherKernel<T>
    where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
{
    /// <summary>Runs over all segments; <c>w</c> holds one value per slot, or one for all when broadcast.</summary>
    public static void Run<TSegments>(TSegments segments, T* w, bool broadcast, int* targets, T* x, T* y)
        where TSegments : struct, ISegments
    {
        var job = new Job<TSegments>
        {
            Segments = segments,
            W = w,
            Broadcast = broadcast,
            Targets = targets,
            X = x,
            Y = y,
            PerChunk = Chunking.SegmentsPerChunk(segments),
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
        public T* X;
        public T* Y;
        public int PerChunk;

        public readonly void Execute(int chunk)
        {
            int from = chunk * PerChunk;
            int to = Math.Min(from + PerChunk, Segments.Count);
            for (int s = from; s < to; s++)
            {
                int start = Segments.Start(s);
                Y[s] = GatherDot.Dot(Broadcast ? W : W + start, Broadcast, Targets + start, X, Segments.Length(s));
            }
        }
    }
}
