using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Generated;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// Stored values (one per position) through a transform. With <see cref="IdentityTransform{T}"/>, the
/// library's own products, they are the stored values: blocks point into them and no lane is re-masked.
/// </summary>
internal readonly unsafe struct TransformedWeights<T, TTransform>(T* values, TTransform transform) : IWeightSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TTransform : struct, IWeightTransform<T>
{
    private static bool IsIdentity => typeof(TTransform) == typeof(IdentityTransform<T>);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T At(int position) => transform.Invoke(values[position]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Vector(int position) => transform.Invoke(Vector256.Load(values + position));

    /// <summary>The transform sees zero in the unused lanes; whatever it makes of them is masked away.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Partial(int position, int count) =>
        IsIdentity
            ? Vectors.LoadPartial(values + position, count)
            : transform.Invoke(Vectors.LoadPartial(values + position, count)) & Vectors.FirstLanes<T>(count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int position, int length) => Vectors.Prefetch(values + position, length);

    public void Prepare(T* block, int capacity)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Block(int position, int count, T* block) =>
        IsIdentity ? values + position : WeightBlocks.Fill(this, position, count, block);
}
