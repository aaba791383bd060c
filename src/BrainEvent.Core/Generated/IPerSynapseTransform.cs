using System.ComponentModel;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace BrainEvent.Generated;

/// <summary>
/// A weight transform with a per-synapse operand (an apply2 with a matrix of the same structure), as an
/// operator struct: <c>Invoke(w, g)</c> with <c>g</c> read at the weight's own slot. See
/// <see cref="IWeightTransform{T}"/> for when each form is used.
/// </summary>
/// <remarks>This type serves source-generated code and may change without notice.</remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPerSynapseTransform<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The transformed weight of one synapse.</summary>
    /// <param name="w">Its stored weight.</param>
    /// <param name="g">Its per-synapse operand.</param>
    T Invoke(T w, T g);

    /// <summary>The transformed weights of a vector of synapses, lane by lane.</summary>
    /// <param name="w">Their stored weights.</param>
    /// <param name="g">Their per-synapse operands.</param>
    Vector256<T> Invoke(Vector256<T> w, Vector256<T> g);
}
