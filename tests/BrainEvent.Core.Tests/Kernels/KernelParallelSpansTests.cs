using BrainEvent.Kernels;

namespace BrainEvent.Tests.Kernels;

/// <summary>
/// <c>KernelParallelSpans.ForRows</c> hands the caller's spans to every chunk and covers each row exactly once,
/// with one thread or several.
/// </summary>
[Collection(ThreadSettingsCollection.Name)]
public sealed class KernelParallelSpansTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_row_is_computed_once_from_the_caller_spans(int threads)
    {
        const int Rows = 100_000;
        var input = Enumerable.Range(0, Rows).Select(i => (double)i).ToArray();
        var perSlot = new double[] { 0.5 };
        var result = new double[Rows];
        var job = new AddJob();

        using (ThreadSettingsCollection.Use(threads))
        {
            KernelParallelSpans.ForRows<AddJob, double>(ref job, Rows, slotsPerRow: 8, input, perSlot, result);
        }

        for (int r = 0; r < Rows; r++)
        {
            Assert.Equal(r + 1.5, result[r]);
        }
    }

    /// <summary><c>result[r] += input[r] + perSlot[0] + 1</c>: a row visited twice, or not at all, shows.</summary>
    private readonly struct AddJob : IRowRangeJob<double>
    {
        public void Execute(int fromRow, int toRow, ReadOnlySpan<double> input, ReadOnlySpan<double> perSlot, Span<double> result)
        {
            for (int r = fromRow; r < toRow; r++)
            {
                result[r] += input[r] + perSlot[0] + 1;
            }
        }
    }
}
