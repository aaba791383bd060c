using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Generated;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// A per-synapse transform: <c>f(w, g)</c> with the stored weight from <typeparamref name="TWeights"/>
/// (per slot or homogeneous) and the operand <c>g</c> from <typeparamref name="TOperand"/> at the same slot
/// (in row order, or through <c>perm</c> for the mirror).
/// </summary>
internal readonly unsafe struct PerSynapseWeights<T, TTransform, TWeights, TOperand>(TWeights weights, TOperand g, TTransform transform)
    : IWeightSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TTransform : struct, IPerSynapseTransform<T>
    where TWeights : struct, IWeightSource<T>
    where TOperand : struct, IWeightSource<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T At(int position) => transform.Invoke(weights.At(position), g.At(position));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Vector(int position) => transform.Invoke(weights.Vector(position), g.Vector(position));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Partial(int position, int count) =>
        transform.Invoke(weights.Partial(position, count), g.Partial(position, count)) & Vectors.FirstLanes<T>(count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int position, int length)
    {
        weights.Prefetch(position, length);
        g.Prefetch(position, length);
    }

    public void Prepare(T* block, int capacity)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Block(int position, int count, T* block) => WeightBlocks.Fill(this, position, count, block);
}
