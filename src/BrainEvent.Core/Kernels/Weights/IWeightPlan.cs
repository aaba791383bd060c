using System.Numerics;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// How a product gets its weights: given the layout it walks, a plan pins what the weights are read from,
/// builds the weight source for that layout (values in mirror order for mirror columns) and runs the
/// kernel with it. One plan per kind of weight; the kernels never branch on it.
/// </summary>
internal unsafe interface IWeightPlan<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    void Run<TSegments, TKernel>(FixedNumConn<T> w, TSegments segments, int* targets, bool mirror, ref TKernel kernel)
        where TSegments : struct, ISegments
        where TKernel : struct, IKernelCall<T>;
}
