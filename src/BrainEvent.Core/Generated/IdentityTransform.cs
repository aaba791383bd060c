using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Generated;

/// <summary>
/// The weights as stored: the transform of the library's own products and of a generated class without a
/// <see cref="WeightTransformAttribute"/> method. Kernels read the stored values directly through it.
/// </summary>
/// <remarks>This type serves source-generated code and may change without notice.</remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct IdentityTransform<T> : IWeightTransform<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Invoke(T w) => w;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<T> Invoke(Vector256<T> w) => w;
}
