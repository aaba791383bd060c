using BrainEvent.Kernels;

namespace BrainEvent.Tests.Kernels;

/// <summary>
/// A job that throws in one chunk, on whichever thread runs it: <c>KernelParallel.ForRows</c> throws that exception
/// to its caller once every thread has left the job, and the pool then runs the next job in full.
/// </summary>
[Collection(ThreadSettingsCollection.Name)]
public sealed class KernelParallelFailureTests
{
    private const int Rows = 1 << 20;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void A_throwing_chunk_reaches_the_caller_and_leaves_the_pool_usable(int threads)
    {
        using (ThreadSettingsCollection.Use(threads))
        {
            // Chunks of 32K rows: the one holding row `failing` throws. Early, middle and last chunks, so that the
            // calling thread and a worker each get to run a throwing one.
            foreach (int failing in new[] { 0, Rows / 2, Rows - 1 })
            {
                var counts = new int[Rows];
                var throwing = new CountRows(counts, failing);
                var error = Assert.Throws<InvalidOperationException>(() => KernelParallel.ForRows(ref throwing, Rows, slotsPerRow: 1));
                Assert.Equal($"row {failing}", error.Message);

                var job = new CountRows(counts, failing: -1);
                Array.Clear(counts);
                KernelParallel.ForRows(ref job, Rows, slotsPerRow: 1);
                Assert.All(counts, count => Assert.Equal(1, count));
            }
        }
    }

    /// <summary>Counts each row it visits; throws on the range holding <c>failing</c>.</summary>
    private readonly struct CountRows(int[] counts, int failing) : IRowRangeJob
    {
        public void Execute(int fromRow, int toRow)
        {
            if (failing >= fromRow && failing < toRow)
            {
                throw new InvalidOperationException($"row {failing}");
            }

            for (int r = fromRow; r < toRow; r++)
            {
                counts[r]++;
            }
        }
    }
}
