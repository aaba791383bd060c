using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using BrainEvent.Generated;
using BrainEvent.Graph;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Threading;

namespace BrainEvent.Jit;

/// <summary>
/// Runs compiled kernels for a lazy matrix: looks the kernel up by key (compiling it once), pins the
/// graph's per-slot buffers (in mirror order for mirror layouts), reads its scalars (captured variables
/// now), and cuts the work into the same chunks as the library's kernels. Allocates nothing once the
/// kernel and the mirror-ordered buffers exist.
/// </summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static unsafe partial class FusedRunner<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public const int MaxSlotLeaves = 16;
    public const int MaxScalarLeaves = 64;

    /// <summary>Whether this process can compile (not under NativeAOT) and the graph fits the argument tables.</summary>
    public static bool CanFuse(WeightGraph<T> graph) =>
        graph.SlotLeaves.Length <= MaxSlotLeaves
        && graph.ScalarLeaves.Length <= MaxScalarLeaves;

    /// <summary>The compiled kernel of a product shape for this matrix's structure (compiled on first need).</summary>
    public static FusedKernel KernelFor(FusedKernelKind kind, FixedNumConn<T> matrix, bool mirror)
    {
        var layout = mirror ? SegmentLayout.Mirror : SegmentLayout.Rows;
        bool unrollable = !mirror && kind is FusedKernelKind.Gather or FusedKernelKind.EventScatterBits or FusedKernelKind.EventScatterBools;
        int unrolled = unrollable && matrix.NConn > 0 && matrix.NConn <= KernelRules.MaxUnrolledNConn ? matrix.NConn : 0;
        return KernelCache.Shared.GetOrCompile(
            new KernelKey(kind, layout, typeof(T), unrolled, matrix.ValueStructure),
            matrix.WeightGraph,
            static (key, graph) => FusedCompiler.Compile(key, graph));
    }

    public static void Gather(FixedNumConn<T> matrix, WeightGraph<T> graph, T* x, T* y, bool mirror, FusedKernel? kernel) =>
        Run(kernel ?? KernelFor(FusedKernelKind.Gather, matrix, mirror), matrix, graph, mirror, new FusedArgs { X = (nint)x, Y = (nint)y }, Work.Segments);

    public static void EventScatter(
        FixedNumConn<T> matrix, WeightGraph<T> graph, nint active, int activeLength, bool bitPacked, T* y, int outputLength, bool mirror, FusedKernel? kernel)
    {
        kernel ??= KernelFor(bitPacked ? FusedKernelKind.EventScatterBits : FusedKernelKind.EventScatterBools, matrix, mirror);
        var args = new FusedArgs { Active = active, ActiveLength = activeLength, Y = (nint)y, OutputLength = outputLength };
        Run(kernel, matrix, graph, mirror, args, bitPacked ? Work.BitEvents : Work.BoolEvents);
    }

    public static void Batch(FixedNumConn<T> matrix, WeightGraph<T> graph, byte* x, bool events, int batch, T* y, bool mirror)
    {
        var kernel = KernelFor(events ? FusedKernelKind.EventMatMat : FusedKernelKind.MatMat, matrix, mirror);
        Run(kernel, matrix, graph, mirror, new FusedArgs { X = (nint)x, Y = (nint)y, Batch = batch }, Work.Segments);
    }

    /// <summary>The values of every slot, computed by a compiled map.</summary>
    public static T[] Map(FixedNumConn<T> matrix, WeightGraph<T> graph)
    {
        var values = GC.AllocateUninitializedArray<T>(matrix.Nse);
        fixed (T* y = values)
        {
            Run(KernelFor(FusedKernelKind.Map, matrix, mirror: false), matrix, graph, mirror: false, new FusedArgs { Y = (nint)y }, Work.Slots);
        }

        return values;
    }

    /// <summary>
    /// Completes the arguments (pinned leaves, scalars read now, targets and mirror addresses) and runs the
    /// kernel over its work, cut into the library's chunks.
    /// </summary>
    private static void Run(FusedKernel kernel, FixedNumConn<T> matrix, WeightGraph<T> graph, bool mirror, FusedArgs args, Work work)
    {
        var columns = mirror ? matrix.Structure.Mirror : null;
        using var leaves = new PinnedLeaves(graph, columns);
        var scalars = stackalloc T[MaxScalarLeaves];
        for (int j = 0; j < graph.ScalarLeaves.Length; j++)
        {
            scalars[j] = graph.ReadScalar(j);
        }

        fixed (int* targets = columns is null ? matrix.Indices.Span : columns.RowOfSlot)
        fixed (int* indptr = columns is null ? default : columns.Indptr)
        {
            args.Targets = (nint)targets;
            args.Indptr = (nint)indptr;
            args.SlotLeaves = leaves.Table;
            args.Scalars = (nint)scalars;
            args.NConn = matrix.NConn;
            switch (work)
            {
                case Work.BitEvents:
                    RunEvents(kernel, args, new BitSource((ulong*)args.Active, BitSpikes.WordCount(args.ActiveLength)), matrix, mirror, graph.SlotLeaves.Length);
                    break;
                case Work.BoolEvents:
                    RunEvents(kernel, args, new BoolSource((byte*)args.Active, args.ActiveLength), matrix, mirror, graph.SlotLeaves.Length);
                    break;
                case Work.Slots:
                    RunChunks(kernel, args, matrix.Nse, KernelRules.SlotsPerChunk);
                    break;
                default:
                    int count = mirror ? matrix.Structure.IndexBound : matrix.StorageRows;
                    int perChunk = mirror
                        ? PerChunk(new ColumnSegments(indptr, count), args.Batch)
                        : PerChunk(new RowSegments<RuntimeConnCount>(count, matrix.NConn), args.Batch);
                    RunChunks(kernel, args, count, perChunk);
                    break;
            }
        }
    }

    /// <summary>The library kernels' chunks: of the vector product, or of the matrix product for a batch.</summary>
    private static int PerChunk<TSegments>(TSegments segments, int batch)
        where TSegments : ISegments =>
        batch == 0 ? KernelRules.SegmentsPerChunk(segments) : KernelRules.BatchSegmentsPerChunk<T, TSegments>(segments, batch);

    private static void RunChunks(FusedKernel kernel, FusedArgs args, int count, int perChunk)
    {
        var job = new ChunkJob { Kernel = kernel, Args = args, Count = count, PerChunk = perChunk };
        WorkerPool.Run(ref job, KernelRules.ChunkCount(count, perChunk));
    }

    /// <summary>How a kernel's work is cut: one call (event scatters, with their helper), slot ranges (maps), segment ranges.</summary>
    private enum Work
    {
        BitEvents,
        BoolEvents,
        Slots,
        Segments,
    }

    private struct ChunkJob : IChunkJob
    {
        public FusedKernel Kernel;
        public FusedArgs Args;
        public int Count;
        public int PerChunk;

        public readonly void Execute(int chunk)
        {
            int from = chunk * PerChunk;
            Kernel(Args, from, Math.Min(from + PerChunk, Count));
        }
    }

    /// <summary>The per-slot buffers pinned for one call, with a table of their addresses.</summary>
    private ref struct PinnedLeaves : IDisposable
    {
        private Handles _handles;
        private Addresses _addresses;
        private readonly int _count;

        public PinnedLeaves(WeightGraph<T> graph, ColumnMirror? mirror)
        {
            _count = graph.SlotLeaves.Length;
            for (int i = 0; i < _count; i++)
            {
                var leaf = graph.SlotLeaves[i];
                _handles[i] = (mirror is null ? leaf.Values : leaf.InMirrorOrder(mirror)).Pin();
                _addresses[i] = (nint)_handles[i].Pointer;
            }
        }

        /// <summary>The address table; valid while this value lives on the caller's stack.</summary>
        public readonly nint Table => (nint)Unsafe.AsPointer(ref Unsafe.AsRef(in _addresses[0]));

        public void Dispose()
        {
            for (int i = 0; i < _count; i++)
            {
                _handles[i].Dispose();
            }
        }
    }

    [InlineArray(MaxSlotLeaves)]
    private struct Handles
    {
        private MemoryHandle _first;
    }

    [InlineArray(MaxSlotLeaves)]
    private struct Addresses
    {
        private nint _first;
    }
}
