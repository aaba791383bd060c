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
            if (events)
            {
                BatchGatherKernel<float, Vector512<float>, Float512, EventBatch<float>>.Run(segments, w, broadcast, targets, x, batch, y);
            }
            else
            {
                BatchGatherKernel<float, Vector512<float>, Float512, DenseBatch<float>>.Run(segments, w, broadcast, targets, x, batch, y);
            }
        }
        else if (events)
        {
            BatchGatherKernel<float, Vector256<float>, Float256, EventBatch<float>>.Run(segments, w, broadcast, targets, x, batch, y);
        }
        else
        {
            BatchGatherKernel<float, Vector256<float>, Float256, DenseBatch<float>>.Run(segments, w, broadcast, targets, x, batch, y);
        }
    }

    public static void Run<TSegments>(TSegments segments, double* w, bool broadcast, int* targets, byte* x, bool events, int batch, double* y)
        where TSegments : struct, ISegments
    {
        if (Vector512.IsHardwareAccelerated)
        {
            if (events)
            {
                BatchGatherKernel<double, Vector512<double>, Double512, EventBatch<double>>.Run(segments, w, broadcast, targets, x, batch, y);
            }
            else
            {
                BatchGatherKernel<double, Vector512<double>, Double512, DenseBatch<double>>.Run(segments, w, broadcast, targets, x, batch, y);
            }
        }
        else if (events)
        {
            BatchGatherKernel<double, Vector256<double>, Double256, EventBatch<double>>.Run(segments, w, broadcast, targets, x, batch, y);
        }
        else
        {
            BatchGatherKernel<double, Vector256<double>, Double256, DenseBatch<double>>.Run(segments, w, broadcast, targets, x, batch, y);
        }
    }
}
