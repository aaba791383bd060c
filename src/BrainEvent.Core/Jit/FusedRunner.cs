using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
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
internal static unsafe class FusedRunner<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public const int MaxSlotLeaves = 16;
    public const int MaxScalarLeaves = 64;

    /// <summary>Whether this process can compile (not under NativeAOT) and the graph fits the argument tables.</summary>
    public static bool CanFuse(WeightGraph<T> graph) =>
        RuntimeFeature.IsDynamicCodeCompiled
        && graph.SlotLeaves.Length <= MaxSlotLeaves
        && graph.ScalarLeaves.Length <= MaxScalarLeaves;

    /// <summary>The compiled kernel of a product shape for this matrix's structure (compiled on first need).</summary>
    public static FusedKernel KernelFor(FusedKernelKind kind, FixedNumConn<T> matrix, bool mirror)
    {
        var layout = mirror ? SegmentLayout.Mirror : SegmentLayout.Rows;
        bool unrollable = !mirror && kind is FusedKernelKind.Gather or FusedKernelKind.EventScatterBits or FusedKernelKind.EventScatterBools;
        int unrolled = unrollable && matrix.NConn is > 0 and <= 64 ? matrix.NConn : 0;
        return KernelCache.Shared.GetOrCompile(
            new KernelKey(kind, layout, typeof(T), unrolled, matrix.ValueStructure),
            matrix.WeightGraph,
            static (key, graph) => FusedCompiler.Compile(key, graph));
    }

    public static void Gather(FixedNumConn<T> matrix, WeightGraph<T> graph, T* x, T* y, bool mirror, FusedKernel? kernel)
    {
        kernel ??= KernelFor(FusedKernelKind.Gather, matrix, mirror);
        using var leaves = new PinnedLeaves(graph, mirror ? matrix.Structure.Mirror : null);
        var scalars = stackalloc T[MaxScalarLeaves];
        fixed (int* targets = mirror ? matrix.Structure.Mirror.RowOfSlot : matrix.Indices.Span)
        fixed (int* indptr = mirror ? matrix.Structure.Mirror.Indptr : default)
        {
            var args = Arguments(matrix, graph, leaves, scalars, targets, indptr);
            args.X = (nint)x;
            args.Y = (nint)y;
            RunSegments(kernel, args, matrix, mirror, indptr, costPerSlot: 1);
        }
    }

    public static void EventScatter(
        FixedNumConn<T> matrix, WeightGraph<T> graph, nint active, int activeLength, bool bitPacked, T* y, int outputLength, bool mirror, FusedKernel? kernel)
    {
        kernel ??= KernelFor(bitPacked ? FusedKernelKind.EventScatterBits : FusedKernelKind.EventScatterBools, matrix, mirror);
        using var leaves = new PinnedLeaves(graph, mirror ? matrix.Structure.Mirror : null);
        var scalars = stackalloc T[MaxScalarLeaves];
        fixed (int* targets = mirror ? matrix.Structure.Mirror.RowOfSlot : matrix.Indices.Span)
        fixed (int* indptr = mirror ? matrix.Structure.Mirror.Indptr : default)
        {
            var args = Arguments(matrix, graph, leaves, scalars, targets, indptr);
            args.Active = active;
            args.ActiveLength = activeLength;
            args.Y = (nint)y;
            args.OutputLength = outputLength;
            kernel(args, 0, 1);
        }
    }

    public static void Batch(FixedNumConn<T> matrix, WeightGraph<T> graph, byte* x, bool events, int batch, T* y, bool mirror)
    {
        var kernel = KernelFor(events ? FusedKernelKind.EventMatMat : FusedKernelKind.MatMat, matrix, mirror);
        using var leaves = new PinnedLeaves(graph, mirror ? matrix.Structure.Mirror : null);
        var scalars = stackalloc T[MaxScalarLeaves];
        fixed (int* targets = mirror ? matrix.Structure.Mirror.RowOfSlot : matrix.Indices.Span)
        fixed (int* indptr = mirror ? matrix.Structure.Mirror.Indptr : default)
        {
            var args = Arguments(matrix, graph, leaves, scalars, targets, indptr);
            args.X = (nint)x;
            args.Y = (nint)y;
            args.Batch = batch;
            RunSegments(kernel, args, matrix, mirror, indptr, costPerSlot: Math.Max(1, batch / 16));
        }
    }

    /// <summary>The values of every slot, computed by a compiled map.</summary>
    public static T[] Map(FixedNumConn<T> matrix, WeightGraph<T> graph)
    {
        var kernel = KernelFor(FusedKernelKind.Map, matrix, mirror: false);
        var values = GC.AllocateUninitializedArray<T>(matrix.Nse);
        using var leaves = new PinnedLeaves(graph, mirror: null);
        var scalars = stackalloc T[MaxScalarLeaves];
        fixed (T* y = values)
        {
            var args = Arguments(matrix, graph, leaves, scalars, null, null);
            args.Y = (nint)y;
            var job = new ChunkJob { Kernel = kernel, Args = args, Count = values.Length, PerChunk = Chunking.SlotsPerChunk };
            WorkerPool.Run(ref job, Chunking.ChunkCount(values.Length, job.PerChunk));
        }

        return values;
    }

    private static FusedArgs Arguments(FixedNumConn<T> matrix, WeightGraph<T> graph, in PinnedLeaves leaves, T* scalars, int* targets, int* indptr)
    {
        for (int j = 0; j < graph.ScalarLeaves.Length; j++)
        {
            scalars[j] = graph.ReadScalar(j);
        }

        return new FusedArgs
        {
            Targets = (nint)targets,
            Indptr = (nint)indptr,
            SlotLeaves = leaves.Table,
            Scalars = (nint)scalars,
            NConn = matrix.NConn,
        };
    }

    private static void RunSegments(FusedKernel kernel, FusedArgs args, FixedNumConn<T> matrix, bool mirror, int* indptr, int costPerSlot)
    {
        int count = mirror ? matrix.Structure.IndexBound : matrix.StorageRows;
        int perChunk = mirror
            ? Chunking.SegmentsPerChunk(new ColumnSegments(indptr, count))
            : Chunking.SegmentsPerChunk(new RowSegments(count, matrix.NConn));
        var job = new ChunkJob { Kernel = kernel, Args = args, Count = count, PerChunk = Math.Max(1, perChunk / costPerSlot) };
        WorkerPool.Run(ref job, Chunking.ChunkCount(count, job.PerChunk));
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
