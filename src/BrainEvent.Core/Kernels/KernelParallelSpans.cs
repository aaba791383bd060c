namespace BrainEvent.Kernels;

/// <summary>
/// A loop body over a range of rows that reads and writes the caller's spans, for
/// <see cref="KernelParallelSpans.ForRows{TJob, T}"/>: a job struct cannot hold a span, so the spans are
/// handed to every call instead.
/// </summary>
/// <typeparam name="T">The element type of the spans.</typeparam>
public interface IRowRangeJob<T>
    where T : unmanaged
{
    /// <summary>Processes rows <c>[fromRow, toRow)</c>; ranges of one call never overlap.</summary>
    /// <param name="fromRow">The first row.</param>
    /// <param name="toRow">One past the last row.</param>
    /// <param name="input">The caller's input span (e.g. the vector of a product).</param>
    /// <param name="perSlot">The caller's second input span (e.g. a per-synapse operand), possibly empty.</param>
    /// <param name="result">The caller's output span; write only the elements this range owns.</param>
    void Execute(int fromRow, int toRow, ReadOnlySpan<T> input, ReadOnlySpan<T> perSlot, Span<T> result);
}

/// <summary>
/// <see cref="KernelParallel.ForRows{TJob}"/> for jobs that work on the caller's spans: the spans are pinned
/// for the call and rebuilt in every chunk, so code without <c>unsafe</c> runs in parallel over spans
/// without copying them. The same chunks, so the same bitwise results, whatever
/// <see cref="BrainEventSettings.MaxDegreeOfParallelism"/> is. Allocates nothing.
/// </summary>
public static unsafe class KernelParallelSpans
{
    /// <summary>Runs <paramref name="job"/> over <c>[0, rows)</c> in chunks of about 32K slots (<paramref name="slotsPerRow"/> each).</summary>
    /// <param name="job">The loop body.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="slotsPerRow">The work of one row, in slots; sets the chunk size.</param>
    /// <param name="input">Handed to every chunk as <c>input</c>.</param>
    /// <param name="perSlot">Handed to every chunk as <c>perSlot</c>.</param>
    /// <param name="result">Handed to every chunk as <c>result</c>.</param>
    /// <remarks>A throwing chunk ends the call as in <see cref="KernelParallel.ForRows{TJob}"/>.</remarks>
    public static void ForRows<TJob, T>(ref TJob job, int rows, int slotsPerRow, ReadOnlySpan<T> input, ReadOnlySpan<T> perSlot, Span<T> result)
        where TJob : struct, IRowRangeJob<T>
        where T : unmanaged
    {
        fixed (T* x = input)
        fixed (T* g = perSlot)
        fixed (T* y = result)
        {
            var pinned = new PinnedSpans<TJob, T>
            {
                Job = job,
                Input = x,
                InputLength = input.Length,
                PerSlot = g,
                PerSlotLength = perSlot.Length,
                Result = y,
                ResultLength = result.Length,
            };
            KernelParallel.ForRows(ref pinned, rows, slotsPerRow);
        }
    }

    private struct PinnedSpans<TJob, T> : IRowRangeJob
        where TJob : struct, IRowRangeJob<T>
        where T : unmanaged
    {
        public TJob Job;
        public T* Input;
        public int InputLength;
        public T* PerSlot;
        public int PerSlotLength;
        public T* Result;
        public int ResultLength;

        public void Execute(int fromRow, int toRow) =>
            Job.Execute(
                fromRow,
                toRow,
                new ReadOnlySpan<T>(Input, InputLength),
                new ReadOnlySpan<T>(PerSlot, PerSlotLength),
                new Span<T>(Result, ResultLength));
    }
}
