namespace BrainEvent;

/// <summary>
/// Asks the BrainEvent source generator for products with a weight transform fused in, generated ahead of
/// time into this <see langword="partial"/> class: <c>MatVec</c>, <c>VecMat</c>, <c>MatMat</c> and
/// <c>LeftMatMat</c> for <see cref="MatrixType"/>, with dense, <see cref="bool"/> and <see cref="BitSpikes"/>
/// operands. The transform is the class's method marked <see cref="WeightTransformAttribute"/>; without one
/// the weights are used as stored.
/// </summary>
/// <example>
/// <code>
/// [FixedNumKernel(typeof(FixedPostNumConn&lt;float&gt;), NConn = new[] { 80, 100 })]
/// public partial class ExcitatorySynapse
/// {
///     public float Gain { get; init; } = 1f;
///
///     [WeightTransform]
///     private float Weight(float w) =&gt; MathF.Min(w * Gain, 1f);
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FixedNumKernelAttribute : Attribute
{
    /// <summary>Generates kernels for matrices of type <paramref name="matrixType"/>.</summary>
    /// <param name="matrixType">
    /// <see cref="FixedPostNumConn{T}"/> or <see cref="FixedPreNumConn{T}"/> closed over <see cref="float"/> or
    /// <see cref="double"/>, e.g. <c>typeof(FixedPostNumConn&lt;float&gt;)</c>.
    /// </param>
    public FixedNumKernelAttribute(Type matrixType)
    {
        MatrixType = matrixType;
    }

    /// <summary>The matrix type the generated products take.</summary>
    public Type MatrixType { get; }

    /// <summary>
    /// The numbers of connections per stored row known at compile time: each gets kernels with the loop over
    /// the row fully unrolled into vector operations. Other values of <see cref="FixedNumConn{T}.NConn"/> run a
    /// generic kernel. Each must be positive.
    /// </summary>
#pragma warning disable CA1819 // An attribute argument can only be an array.
    public int[] NConn { get; set; } = [];
#pragma warning restore CA1819
}
