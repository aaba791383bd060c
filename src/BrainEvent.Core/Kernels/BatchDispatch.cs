using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels;

/// <summary>Picks the widest accelerated vector and the operand kind for a batch gather, once per call.</summary>
internal static unsafe class BatchDispatch
{
    public static void Run<TSegments>(TSegments segments, float* w, bool broadcast, int* targets, byte* x, bool events, int batch, float* y)
        where TSegments : struct, ISegments
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Run<float, Vector512<float>, Float512, TSegments>(segments, w, broadcast, targets, x, events, batch, y);
        }
        else
        {
            Run<float, Vector256<float>, Float256, TSegments>(segments, w, broadcast, targets, x, events, batch, y);
        }
    }

    public static void Run<TSegments>(TSegments segments, double* w, bool broadcast, int* targets, byte* x, bool events, int batch, double* y)
        where TSegments : struct, ISegments
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Run<double, Vector512<double>, Double512, TSegments>(segments, w, broadcast, targets, x, events, batch, y);
        }
        else
        {
            Run<double, Vector256<double>, Double256, TSegments>(segments, w, broadcast, targets, x, events, batch, y);
        }
    }

    private static void Run<T, TVec, TLanes, TSegments>(
        TSegments segments, T* w, bool broadcast, int* targets, byte* x, bool events, int batch, T* y)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        where TVec : struct
        where TLanes : ILanes<T, TVec>
        where TSegments : struct, ISegments
    {
        if (events)
        {
            BatchGatherKernel<T, TVec, TLanes, EventBatch<T>>.Run(segments, w, broadcast, targets, x, batch, y);
        }
        else
        {
            BatchGatherKernel<T, TVec, TLanes, DenseBatch<T>>.Run(segments, w, broadcast, targets, x, batch, y);
        }
    }
}
