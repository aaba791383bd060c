using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// Per-slot values read at mirror positions through <c>perm</c> (<c>values[perm[p]]</c>, a hardware gather
/// per vector): a per-synapse operand in the matrix's slot order, for products that walk the mirror.
/// </summary>
internal readonly unsafe struct PermutedValues<T>(T* values, int* perm) : IWeightSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T At(int position) => values[perm[position]];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Vector(int position) => Vectors.Gather(values, perm + position);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Partial(int position, int count) => Vectors.GatherPartial(values, perm + position, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int position, int length) => Vectors.Prefetch(perm + position, length);

    public void Prepare(T* block, int capacity)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Block(int position, int count, T* block) => WeightBlocks.Fill(this, position, count, block);
}
