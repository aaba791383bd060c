using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Kernels;

/// <summary>
/// The rules every product loop follows, in one place: the library's kernels (and so the generated ones,
/// which run them) and the runtime compiler's emitted loops all read these, so they vectorise under the
/// same condition, cut work into the same chunks and prefetch equally far.
/// </summary>
internal static class KernelRules
{
    /// <summary>
    /// How the dense kernels' loops (gathers, batch products, weight gradients) are compiled: optimised from the first
    /// call. Tiered, a loop starts in unoptimised code and moves to on-stack-replaced code, and a program that keeps
    /// compiling new code can wait for the final version for hundreds of calls: the 10^5 x 8 gather measured
    /// 0.87-1.30 ms so against 0.38-0.51 ms optimised. The event walks stay tiered: their calls are short and measured
    /// within noise either way (10^5 x 8, 1% active: 1.06-1.12 with the attribute, 0.95-1.19 without).
    /// </summary>
    public const MethodImplOptions LoopCompilation = MethodImplOptions.AggressiveOptimization;

    /// <summary>Below this many slots of work a product runs on the calling thread: a hand-off costs more.</summary>
    public const int SlotsPerChunk = 1 << 15;

    /// <summary>How many active segments ahead an event product prefetches (measured: 2 to 6 are within noise, 1 is slower).</summary>
    public const int Lookahead = 3;

    /// <summary>
    /// From this many slots (4 MiB of targets, more than a core's cache) an event product's active segments are fetched
    /// from memory, and a second thread prefetches them ahead of the scatter (<see cref="EventScatterKernel{T}"/>).
    /// </summary>
    public const long HelpedEventSlots = 1 << 20;

    /// <summary>
    /// How many active segments the prefetching thread may run ahead of the scatter (measured at 10^6 x 100, 1%: 16, 64
    /// and 256 all helped, 64 and 256 most; unbounded, far less).
    /// </summary>
    public const int HelperLead = 128;

    /// <summary>
    /// How far ahead, in bytes, an event product walking <see cref="bool"/> spikes asks for them (16 cache lines,
    /// 1024 spikes). The walk reads 64 bytes per word, a line each, and a line that must come from memory held up the
    /// prefetch of the next active segments: at 10^6 x 100, 1% of new spikes in every call, 0.94x to 0.97x the time
    /// without it (in one process, 100 rounds; 512 to 2048 bytes alike), with the same spikes in every call 0.98x to
    /// 1.00x. Bit-packed spikes take a line per 512 and measured the same with a prefetch.
    /// </summary>
    public const int BoolSpikeLookahead = 1024;

    /// <summary>Accumulator vectors a matrix product keeps in registers along the batch (8 x Vector512: 128 floats).</summary>
    public const int BatchBlockVectors = 8;

    /// <summary>
    /// Slots whose weights an event product computes at a time into a stack buffer before adding them one by
    /// one (a multiple of every vector's lane count).
    /// </summary>
    public const int WeightBlock = 64;

    /// <summary>The most weights a matrix product keeps on the stack for one segment; longer segments rent a buffer.</summary>
    public const int StackWeights = 1024;

    /// <summary>The longest row the runtime compiler writes out as straight-line code.</summary>
    public const int MaxUnrolledNConn = 64;

    /// <summary>
    /// Whether kernels use vector code (256-bit hardware gathers and FMA); otherwise they use scalar loops and
    /// every weight transform its scalar form.
    /// </summary>
    public static bool IsAccelerated => Avx2.IsSupported && Fma.IsSupported;

    /// <summary>
    /// Whether matrix products hold the batch in Vector512 (else Vector256): the library's batch kernel and the
    /// runtime compiler's batch loop must block the batch alike to stay bitwise equal.
    /// </summary>
    public static bool WideBatchVectors => Vector512.IsHardwareAccelerated;

    /// <summary>Lanes of T in one batch vector (see <see cref="WideBatchVectors"/>).</summary>
    public static int BatchLanes<T>()
        where T : unmanaged => WideBatchVectors ? Vector512<T>.Count : Vector256<T>.Count;

    /// <summary>Segments per chunk: about <see cref="SlotsPerChunk"/> slots each.</summary>
    public static int SegmentsPerChunk<TSegments>(TSegments segments)
        where TSegments : ISegments
    {
        long slots = Math.Max(segments.SlotCount, 1);
        long perChunk = SlotsPerChunk * (long)Math.Max(segments.Count, 1) / slots;
        return (int)Math.Clamp(perChunk, 1, Math.Max(segments.Count, 1));
    }

    /// <summary>
    /// Segments per chunk of a matrix product, which does a batch's worth of work per slot: the vector
    /// product's chunk divided by the vectors of the batch.
    /// </summary>
    public static int BatchSegmentsPerChunk<T, TSegments>(TSegments segments, int batch)
        where T : unmanaged
        where TSegments : ISegments
    {
        return Math.Max(1, SegmentsPerChunk(segments) / Math.Max(1, batch / BatchLanes<T>()));
    }

    public static int ChunkCount(int count, int perChunk) => (count + perChunk - 1) / perChunk;
}
