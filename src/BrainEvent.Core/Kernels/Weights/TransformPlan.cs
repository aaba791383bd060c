using System.Numerics;
using BrainEvent.Generated;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// The stored weights through a transform (the identity for the library's own products): a homogeneous
/// weight is transformed once, with the scalar form, as the library evaluates a homogeneous chain.
/// </summary>
internal readonly unsafe struct TransformPlan<T, TTransform>(TTransform transform) : IWeightPlan<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TTransform : struct, IWeightTransform<T>
{
    public void Run<TSegments, TKernel>(FixedNumConn<T> w, TSegments segments, int* targets, bool mirror, ref TKernel kernel)
        where TSegments : struct, ISegments
        where TKernel : struct, IKernelCall<T>
    {
        T scalar = default;
        fixed (T* values = w.KernelValues(mirror, ref scalar, out bool homogeneous))
        {
            if (homogeneous)
            {
                kernel.Run(segments, targets, new HomogeneousWeight<T>(transform.Invoke(*values)));
            }
            else
            {
                kernel.Run(segments, targets, new TransformedWeights<T, TTransform>(values, transform));
            }
        }
    }
}
