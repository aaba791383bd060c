using System.Numerics;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels;

/// <summary>Picks the batch vector (<see cref="KernelRules.WideBatchVectors"/>) and the operand kind for a batch gather, once per call.</summary>
internal static unsafe class BatchDispatch
{
    public static void Run<T, TSegments, TWeights>(TSegments segments, TWeights weights, int* targets, byte* x, bool events, int batch, T* y)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        if (KernelRules.WideBatchVectors)
        {
            Run<T, Vector512<T>, Lanes512<T>, TSegments, TWeights>(segments, weights, targets, x, events, batch, y);
        }
        else
        {
            Run<T, Vector256<T>, Lanes256<T>, TSegments, TWeights>(segments, weights, targets, x, events, batch, y);
        }
    }

    private static void Run<T, TVec, TLanes, TSegments, TWeights>(
        TSegments segments, TWeights weights, int* targets, byte* x, bool events, int batch, T* y)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TVec : struct
        where TLanes : ILanes<T, TVec>
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>
    {
        if (events)
        {
            BatchGatherKernel<T, TVec, TLanes, EventBatch<T>>.Run(segments, weights, targets, x, batch, y);
        }
        else
        {
            BatchGatherKernel<T, TVec, TLanes, DenseBatch<T>>.Run(segments, weights, targets, x, batch, y);
        }
    }
}
