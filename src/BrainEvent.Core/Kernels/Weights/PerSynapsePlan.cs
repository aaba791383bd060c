using System.Numerics;
using BrainEvent.Generated;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// A per-synapse transform over the stored weights and <paramref name="g"/> (<c>Nse</c> values in slot
/// order, pinned by the caller): <c>g</c> is read at each slot, through <c>perm</c> when the product walks
/// the mirror.
/// </summary>
internal readonly unsafe struct PerSynapsePlan<T, TTransform>(TTransform transform, T* g) : IWeightPlan<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TTransform : struct, IPerSynapseTransform<T>
{
    public void Run<TSegments, TKernel>(FixedNumConn<T> w, TSegments segments, int* targets, bool mirror, ref TKernel kernel)
        where TSegments : struct, ISegments
        where TKernel : struct, IKernelCall<T>
    {
        if (!mirror)
        {
            Run(w, segments, targets, mirror, new TransformedWeights<T, IdentityTransform<T>>(g, default), ref kernel);
            return;
        }

        fixed (int* perm = w.Structure.Mirror.Perm)
        {
            Run(w, segments, targets, mirror, new PermutedValues<T>(g, perm), ref kernel);
        }
    }

    private void Run<TSegments, TOperand, TKernel>(
        FixedNumConn<T> w, TSegments segments, int* targets, bool mirror, TOperand operand, ref TKernel kernel)
        where TSegments : struct, ISegments
        where TOperand : struct, IWeightSource<T>
        where TKernel : struct, IKernelCall<T>
    {
        T scalar = default;
        fixed (T* values = w.KernelValues(mirror, ref scalar, out bool homogeneous))
        {
            if (homogeneous)
            {
                var weights = new PerSynapseWeights<T, TTransform, HomogeneousWeight<T>, TOperand>(new(*values), operand, transform);
                kernel.Run(segments, targets, weights);
            }
            else
            {
                var stored = new TransformedWeights<T, IdentityTransform<T>>(values, default);
                kernel.Run(segments, targets, new PerSynapseWeights<T, TTransform, TransformedWeights<T, IdentityTransform<T>>, TOperand>(stored, operand, transform));
            }
        }
    }
}
