using BrainEvent.Generated;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Jit;

/// <summary>The compiled event scatter, with the library kernel's prefetching helper on large matrices.</summary>
internal static unsafe partial class FusedRunner<T>
{
    /// <summary>
    /// Runs the compiled event scatter in one call; from <see cref="KernelRules.HelpedEventSlots"/> slots on, with
    /// <see cref="SegmentPrefetcher"/> walking <paramref name="active"/> on a second thread, asking for each active
    /// segment's targets and per-slot leaves (<paramref name="slotLeaves"/> of them in the argument table).
    /// </summary>
    private static void RunEvents<TSource>(FusedKernel kernel, FusedArgs args, TSource active, FixedNumConn<T> matrix, bool mirror, int slotLeaves)
        where TSource : struct, IActiveSource
    {
        int added = 0;
        args.Added = (nint)(&added);
        if (!SegmentPrefetcher.Helps(matrix.Nse))
        {
            kernel(args, 0, 1);
        }
        else if (mirror)
        {
            RunHelped(kernel, args, active, new ColumnSegments((int*)args.Indptr, matrix.Structure.IndexBound), slotLeaves);
        }
        else
        {
            RunHelped(kernel, args, active, new RowSegments<RuntimeConnCount>(matrix.StorageRows, matrix.NConn), slotLeaves);
        }
    }

    private static void RunHelped<TSource, TSegments>(FusedKernel kernel, FusedArgs args, TSource active, TSegments segments, int slotLeaves)
        where TSource : struct, IActiveSource
        where TSegments : struct, ISegments
    {
        SegmentPrefetcher.RunHelped(new CompiledScatter(kernel, args), active, new LeafPrefetch<TSegments>(segments, args, slotLeaves), (int*)args.Added);
    }

    /// <summary>The compiled scatter, for the helped job: one call over every active segment.</summary>
    private readonly struct CompiledScatter(FusedKernel kernel, FusedArgs args) : IEventScatter
    {
        public void Run() => kernel(args, 0, 1);
    }

    /// <summary>What the compiled scatter asks for ahead: a segment's targets and its slots of every per-slot leaf.</summary>
    private readonly struct LeafPrefetch<TSegments>(TSegments segments, FusedArgs args, int slotLeaves) : ISegmentPrefetch
        where TSegments : struct, ISegments
    {
        public void Prefetch(int segment)
        {
            int start = segments.Start(segment);
            int length = segments.Length(segment);
            Vectors.Prefetch((int*)args.Targets + start, length);
            for (int leaf = 0; leaf < slotLeaves; leaf++)
            {
                Vectors.Prefetch((T*)((nint*)args.SlotLeaves)[leaf] + start, length);
            }
        }
    }
}
