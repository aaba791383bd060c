using System.Numerics;
using System.Runtime.Intrinsics;

namespace BrainEvent.Kernels.Weights;

/// <summary>
/// Where a kernel's weights come from, by position in the layout it walks (the slot for stored rows, the
/// mirror position for mirror columns): stored values, through a transform or not, one homogeneous value,
/// or a per-synapse transform. Kernels are generic over this struct, so each source compiles into its own
/// loop with nothing called per weight. A vector kernel asks only for <see cref="Vector"/> and
/// <see cref="Partial"/> (or <see cref="Block"/>), a scalar one only for <see cref="At"/>: each weight is
/// computed by the same form whichever product asks, as the runtime compiler's kernels do.
/// </summary>
internal unsafe interface IWeightSource<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The weight at <paramref name="position"/> (scalar kernels).</summary>
    T At(int position);

    /// <summary>The weights of a full vector of positions from <paramref name="position"/>.</summary>
    Vector256<T> Vector(int position);

    /// <summary>The weights of the first <paramref name="count"/> positions; exactly zero in the other lanes.</summary>
    Vector256<T> Partial(int position, int count);

    /// <summary>Asks for the cache lines of the weights of <paramref name="length"/> positions (a hint).</summary>
    void Prefetch(int position, int length);

    /// <summary>
    /// Readies the block buffer of a kernel run (<paramref name="capacity"/> values, a whole number of
    /// <see cref="Vector256{T}"/>) before its first <see cref="Block"/>.
    /// </summary>
    void Prepare(T* block, int capacity);

    /// <summary>
    /// The weights of <paramref name="count"/> positions (at most the block's capacity), for kernels that use
    /// them one by one: the stored values themselves, or <paramref name="block"/> filled.
    /// </summary>
    T* Block(int position, int count, T* block);
}
