using System.ComponentModel;
using BrainEvent.Kernels.Threading;

namespace BrainEvent.Kernels;

/// <summary>A loop body over a range of rows, for <see cref="KernelParallel.ForRows{TJob}"/>.</summary>
public interface IRowRangeJob
{
    /// <summary>Processes rows <c>[fromRow, toRow)</c>; ranges of one call never overlap.</summary>
    void Execute(int fromRow, int toRow);
}

/// <summary>
/// The library's thread pool for kernels compiled outside it (source-generated kernels): rows are cut
/// into the same chunks whatever the thread count, so a job that writes only its own rows gives bitwise
/// the same result with any <see cref="BrainEventSettings.MaxDegreeOfParallelism"/>. Small problems stay
/// on the calling thread. Allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class KernelParallel
{
    /// <summary>Runs <paramref name="job"/> over <c>[0, rows)</c> in chunks of about 32K slots (<paramref name="slotsPerRow"/> each).</summary>
    public static void ForRows<TJob>(ref TJob job, int rows, int slotsPerRow)
        where TJob : struct, IRowRangeJob
    {
        var segments = new RowSegments(rows, Math.Max(slotsPerRow, 1));
        var chunked = new ChunkedRows<TJob> { Job = job, Rows = rows, PerChunk = Chunking.SegmentsPerChunk(segments) };
        WorkerPool.Run(ref chunked, Chunking.ChunkCount(rows, chunked.PerChunk));
    }

    private struct ChunkedRows<TJob> : IChunkJob
        where TJob : struct, IRowRangeJob
    {
        public TJob Job;
        public int Rows;
        public int PerChunk;

        public void Execute(int chunk)
        {
            int from = chunk * PerChunk;
            Job.Execute(from, Math.Min(from + PerChunk, Rows));
        }
    }
}
