using BrainEvent.Generated;
using BrainEvent.Kernels.Threading;

namespace BrainEvent.Kernels;

/// <summary>A loop body over a range of rows, for <see cref="KernelParallel.ForRows{TJob}"/>.</summary>
public interface IRowRangeJob
{
    /// <summary>Processes rows <c>[fromRow, toRow)</c>; ranges of one call never overlap.</summary>
    void Execute(int fromRow, int toRow);
}

/// <summary>
/// The library's thread pool, for loops of your own over rows (a neuron update, a weight rule): rows are
/// cut into the same chunks as the library's products, whatever the thread count, so a job that writes
/// only its own rows gives bitwise the same result with any <see cref="BrainEventSettings.MaxDegreeOfParallelism"/>.
/// Small problems (under about 32K slots of work) stay on the calling thread; a call from inside a job runs
/// on the calling thread alone. Allocates nothing.
/// </summary>
/// <example>
/// <code>
/// struct Decay(float[] g, float factor) : IRowRangeJob
/// {
///     public void Execute(int fromRow, int toRow)
///     {
///         for (int i = fromRow; i &lt; toRow; i++) g[i] *= factor;
///     }
/// }
///
/// var job = new Decay(conductances, 0.98f);
/// KernelParallel.ForRows(ref job, conductances.Length, slotsPerRow: 1);
/// </code>
/// </example>
public static class KernelParallel
{
    /// <summary>Runs <paramref name="job"/> over <c>[0, rows)</c> in chunks of about 32K slots (<paramref name="slotsPerRow"/> each).</summary>
    /// <param name="job">The loop body; each chunk calls it once with its own range of rows.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="slotsPerRow">The work of one row, in slots (at least 1 is used); sets the chunk size.</param>
    /// <remarks>
    /// If a chunk throws, on any thread, the chunks not yet started are skipped and the first exception is thrown
    /// here once every thread has left the job.
    /// </remarks>
    public static void ForRows<TJob>(ref TJob job, int rows, int slotsPerRow)
        where TJob : struct, IRowRangeJob
    {
        var segments = new RowSegments<RuntimeConnCount>(rows, Math.Max(slotsPerRow, 1));
        var chunked = new ChunkedRows<TJob> { Job = job, Rows = rows, PerChunk = KernelRules.SegmentsPerChunk(segments) };
        WorkerPool.Run(ref chunked, KernelRules.ChunkCount(rows, chunked.PerChunk));
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
