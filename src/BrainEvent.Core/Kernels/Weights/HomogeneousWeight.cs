using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// One weight for every position (a homogeneous matrix, its transform already applied once). It is
/// multiplied into every term rather than factored out of a sum: the cost is the same, and NaN and
/// infinity propagate exactly as in the plain loop.
/// </summary>
internal readonly unsafe struct HomogeneousWeight<T>(T value) : IWeightSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T At(int position) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Vector(int position) => Vector256.Create(value);

    /// <summary>Masked lanes must add exactly zero: an infinite weight times a zero lane would be NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Partial(int position, int count) => Vector256.Create(value) & Vectors.FirstLanes<T>(count);

    public void Prefetch(int position, int length)
    {
    }

    public void Prepare(T* block, int capacity) => new Span<T>(block, capacity).Fill(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Block(int position, int count, T* block) => block;
}
