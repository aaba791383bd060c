using System.ComponentModel;
using System.Numerics;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Generated;

/// <summary>
/// The products of source-generated kernel classes: each checks its operands exactly as the matrix's own
/// product does (same exceptions, same messages), then runs the library's kernel for that product with the
/// weights passed through <c>TTransform</c>, the loop over a stored row compiled for the
/// row length <c>TConn</c> (<see cref="RuntimeConnCount"/>: the matrix's own). Results are
/// bitwise those of the matrix's product on the transformed values, for any thread count.
/// </summary>
/// <remarks>This type serves source-generated code and may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class FixedNumKernels
{
    /// <summary><c>W @ v</c> with transformed weights; see <see cref="FixedNumConn{T}.MatVec(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="v">A vector of length <see cref="FixedNumConn{T}.NumPost"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPre"/>; overwritten.</param>
    public static void MatVec<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> v, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Values<T, TTransform, TConn>(w, transform, v, result, right: true);

    /// <summary><c>v @ W</c> with transformed weights; see <see cref="FixedNumConn{T}.VecMat(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="v">A vector of length <see cref="FixedNumConn{T}.NumPre"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPost"/>; overwritten.</param>
    public static void VecMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> v, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Values<T, TTransform, TConn>(w, transform, v, result, right: false);

    /// <summary><c>W @ s</c> with transformed weights; see <see cref="FixedNumConn{T}.MatVec(ReadOnlySpan{bool}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="spikes">Spikes of length <see cref="FixedNumConn{T}.NumPost"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPre"/>; overwritten.</param>
    public static void MatVec<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<bool> spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Spikes<T, TTransform, TConn>(w, transform, spikes, result, right: true);

    /// <summary><c>s @ W</c> with transformed weights; see <see cref="FixedNumConn{T}.VecMat(ReadOnlySpan{bool}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="spikes">Spikes of length <see cref="FixedNumConn{T}.NumPre"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPost"/>; overwritten.</param>
    public static void VecMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<bool> spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Spikes<T, TTransform, TConn>(w, transform, spikes, result, right: false);

    /// <summary><c>W @ s</c> with transformed weights; see <see cref="FixedNumConn{T}.MatVec(BitSpikes, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="spikes">Bit-packed spikes of length <see cref="FixedNumConn{T}.NumPost"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPre"/>; overwritten.</param>
    public static void MatVec<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, BitSpikes spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Bits<T, TTransform, TConn>(w, transform, spikes, result, right: true);

    /// <summary><c>s @ W</c> with transformed weights; see <see cref="FixedNumConn{T}.VecMat(BitSpikes, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="spikes">Bit-packed spikes of length <see cref="FixedNumConn{T}.NumPre"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPost"/>; overwritten.</param>
    public static void VecMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, BitSpikes spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Bits<T, TTransform, TConn>(w, transform, spikes, result, right: false);

    /// <summary><c>W @ M</c> with transformed weights; see <see cref="FixedNumConn{T}.MatMat(T[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="m">A matrix of shape <c>(NumPost, b)</c>.</param>
    /// <param name="result">The product, shape <c>(NumPre, b)</c>; overwritten.</param>
    public static void MatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, T[,] m, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, T>(w, transform, m, result, nameof(m), right: true);

    /// <summary><c>M @ W</c> with transformed weights; see <see cref="FixedNumConn{T}.LeftMatMat(T[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="m">A matrix of shape <c>(b, NumPre)</c>.</param>
    /// <param name="result">The product, shape <c>(b, NumPost)</c>; overwritten.</param>
    public static void LeftMatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, T[,] m, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, T>(w, transform, m, result, nameof(m), right: false);

    /// <summary><c>W @ S</c> with transformed weights; see <see cref="FixedNumConn{T}.MatMat(bool[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="spikes">An event matrix of shape <c>(NumPost, b)</c>.</param>
    /// <param name="result">The product, shape <c>(NumPre, b)</c>; overwritten.</param>
    public static void MatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, bool[,] spikes, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, bool>(w, transform, spikes, result, nameof(spikes), right: true);

    /// <summary><c>S @ W</c> with transformed weights; see <see cref="FixedNumConn{T}.LeftMatMat(bool[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The weight transform.</param>
    /// <param name="spikes">An event matrix of shape <c>(b, NumPre)</c>.</param>
    /// <param name="result">The product, shape <c>(b, NumPost)</c>; overwritten.</param>
    public static void LeftMatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, bool[,] spikes, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, bool>(w, transform, spikes, result, nameof(spikes), right: false);

    private static void Values<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> v, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckVectorProduct(v, result, right);
        ProductRunner<T>.DenseVector<TConn, TransformPlan<T, TTransform>>(w, new(transform), v, result, right);
    }

    private static void Spikes<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<bool> spikes, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckVectorProduct(spikes, result, right);
        ProductRunner<T>.BoolEvents<TConn, TransformPlan<T, TTransform>>(w, new(transform), spikes, result, right);
    }

    private static void Bits<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, BitSpikes spikes, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckBitProduct(spikes, result, right);
        ProductRunner<T>.BitEvents<TConn, TransformPlan<T, TTransform>>(w, new(transform), spikes, result, right);
    }

    private static void Matrix<T, TTransform, TConn, TOperand>(
        FixedNumConn<T> w, TTransform transform, TOperand[,] m, T[,] result, string operandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
        where TConn : struct, IConnCount
        where TOperand : unmanaged
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckMatrixProduct(m, result, operandName, right);
        var product = new PlanBatch<T, TConn, TransformPlan<T, TTransform>>(w, new(transform), right);
        ProductRunner<T>.Matrix(m, result, right, ref product);
    }
}
