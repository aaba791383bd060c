using System.ComponentModel;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace BrainEvent.Generated;

/// <summary>
/// An element-wise weight transform as an operator struct: the product kernels of
/// <see cref="FixedNumKernels"/> are generic over it, so the JIT compiles one loop per transform with the
/// transform inlined (no delegate or virtual call per weight). The source generator writes one for each
/// <see cref="WeightTransformAttribute"/> method, holding the model's parameters in fields.
/// </summary>
/// <remarks>
/// This type serves source-generated code and may change without notice. Kernels compute every stored weight
/// with <see cref="Invoke(Vector256{T})"/> where AVX2 and FMA are available (a row's last partial vector with
/// zero in its unused lanes, whose results are discarded), and with <see cref="Invoke(T)"/> otherwise and for
/// a homogeneous weight, as the runtime compiler and <c>Evaluate()</c> do. There is no Vector512 form
/// because no kernel computes weights 512 bits at a time: the row gather pairs them with AVX2's 256-bit
/// gathers, and event and matrix products compute them into a buffer, then use each one alone (a matrix
/// product broadcasts it across its Vector512 lanes).
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IWeightTransform<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The transformed weight.</summary>
    /// <param name="w">A stored weight.</param>
    T Invoke(T w);

    /// <summary>The transformed weights, lane by lane.</summary>
    /// <param name="w">Stored weights.</param>
    Vector256<T> Invoke(Vector256<T> w);
}
