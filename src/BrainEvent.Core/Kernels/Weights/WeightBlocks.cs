using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Kernels.Weights;

/// <summary>Computes a block of weights into a buffer, with the source's vector form where kernels are vectorised.</summary>
internal static unsafe class WeightBlocks
{
    /// <summary>Writes the weights of <c>[position, position + count)</c> to <paramref name="block"/> and returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T* Fill<T, TWeights>(in TWeights weights, int position, int count, T* block)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TWeights : struct, IWeightSource<T>
    {
        if (!KernelRules.IsAccelerated)
        {
            for (int k = 0; k < count; k++)
            {
                block[k] = weights.At(position + k);
            }

            return block;
        }

        int lanes = Vector256<T>.Count;
        int i = 0;
        for (; i + lanes <= count; i += lanes)
        {
            weights.Vector(position + i).Store(block + i);
        }

        if (i < count)
        {
            // The block holds a whole number of vectors, so the last partial one fits.
            weights.Partial(position + i, count - i).Store(block + i);
        }

        return block;
    }
}
