using System.Numerics;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Generated;

/// <summary>The products of generated classes whose transform takes a per-synapse operand (<see cref="PerSynapseAttribute"/>).</summary>
public static unsafe partial class FixedNumKernels
{
    /// <summary><c>W @ v</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.MatVec(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="v">A vector of length <see cref="FixedNumConn{T}.NumPost"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPre"/>; overwritten.</param>
    public static void MatVec<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Values<T, TTransform, TConn>(w, transform, g, v, result, right: true);

    /// <summary><c>v @ W</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.VecMat(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="v">A vector of length <see cref="FixedNumConn{T}.NumPre"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPost"/>; overwritten.</param>
    public static void VecMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Values<T, TTransform, TConn>(w, transform, g, v, result, right: false);

    /// <summary><c>W @ s</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.MatVec(ReadOnlySpan{bool}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="spikes">Spikes of length <see cref="FixedNumConn{T}.NumPost"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPre"/>; overwritten.</param>
    public static void MatVec<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Spikes<T, TTransform, TConn>(w, transform, g, spikes, result, right: true);

    /// <summary><c>s @ W</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.VecMat(ReadOnlySpan{bool}, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="spikes">Spikes of length <see cref="FixedNumConn{T}.NumPre"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPost"/>; overwritten.</param>
    public static void VecMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Spikes<T, TTransform, TConn>(w, transform, g, spikes, result, right: false);

    /// <summary><c>W @ s</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.MatVec(BitSpikes, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="spikes">Bit-packed spikes of length <see cref="FixedNumConn{T}.NumPost"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPre"/>; overwritten.</param>
    public static void MatVec<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Bits<T, TTransform, TConn>(w, transform, g, spikes, result, right: true);

    /// <summary><c>s @ W</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.VecMat(BitSpikes, Span{T})"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="spikes">Bit-packed spikes of length <see cref="FixedNumConn{T}.NumPre"/>.</param>
    /// <param name="result">The product, length <see cref="FixedNumConn{T}.NumPost"/>; overwritten.</param>
    public static void VecMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Bits<T, TTransform, TConn>(w, transform, g, spikes, result, right: false);

    /// <summary><c>W @ M</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.MatMat(T[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="m">A matrix of shape <c>(NumPost, b)</c>.</param>
    /// <param name="result">The product, shape <c>(NumPre, b)</c>; overwritten.</param>
    public static void MatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, T[,] m, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, T>(w, transform, g, m, result, nameof(m), right: true);

    /// <summary><c>M @ W</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.LeftMatMat(T[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="m">A matrix of shape <c>(b, NumPre)</c>.</param>
    /// <param name="result">The product, shape <c>(b, NumPost)</c>; overwritten.</param>
    public static void LeftMatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, T[,] m, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, T>(w, transform, g, m, result, nameof(m), right: false);

    /// <summary><c>W @ S</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.MatMat(bool[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="spikes">An event matrix of shape <c>(NumPost, b)</c>.</param>
    /// <param name="result">The product, shape <c>(NumPre, b)</c>; overwritten.</param>
    public static void MatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, bool[,] spikes, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, bool>(w, transform, g, spikes, result, nameof(spikes), right: true);

    /// <summary><c>S @ W</c> with each weight transformed with its synapse's <c>g</c>; see <see cref="FixedNumConn{T}.LeftMatMat(bool[,], T[,])"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="transform">The per-synapse weight transform.</param>
    /// <param name="g">The per-synapse operand: <see cref="FixedNumConn{T}.Nse"/> values in the matrix's slot order.</param>
    /// <param name="spikes">An event matrix of shape <c>(b, NumPre)</c>.</param>
    /// <param name="result">The product, shape <c>(b, NumPost)</c>; overwritten.</param>
    public static void LeftMatMat<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, bool[,] spikes, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount =>
        Matrix<T, TTransform, TConn, bool>(w, transform, g, spikes, result, nameof(spikes), right: false);

    private static void Values<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckVectorProduct(v, result, right);
        CheckPerSynapse(w, g, result);
        fixed (T* perSynapse = g)
        {
            ProductRunner<T>.DenseVector<TConn, PerSynapsePlan<T, TTransform>>(w, new(transform, perSynapse), v, result, right);
        }
    }

    private static void Spikes<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckVectorProduct(spikes, result, right);
        CheckPerSynapse(w, g, result);
        fixed (T* perSynapse = g)
        {
            ProductRunner<T>.BoolEvents<TConn, PerSynapsePlan<T, TTransform>>(w, new(transform, perSynapse), spikes, result, right);
        }
    }

    private static void Bits<T, TTransform, TConn>(FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckBitProduct(spikes, result, right);
        CheckPerSynapse(w, g, result);
        fixed (T* perSynapse = g)
        {
            ProductRunner<T>.BitEvents<TConn, PerSynapsePlan<T, TTransform>>(w, new(transform, perSynapse), spikes, result, right);
        }
    }

    private static void Matrix<T, TTransform, TConn, TOperand>(
        FixedNumConn<T> w, TTransform transform, ReadOnlySpan<T> g, TOperand[,] m, T[,] result, string operandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
        where TConn : struct, IConnCount
        where TOperand : unmanaged
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckMatrixProduct(m, result, operandName, right);
        CheckPerSynapse(w, g, Dense2D.Flat(result));
        fixed (T* perSynapse = g)
        {
            var product = new PlanBatch<T, TConn, PerSynapsePlan<T, TTransform>>(w, new(transform, perSynapse), right);
            ProductRunner<T>.Matrix(m, result, right, ref product);
        }
    }

    /// <summary>The per-synapse operand holds one value per slot and is not the result.</summary>
    private static void CheckPerSynapse<T>(FixedNumConn<T> w, ReadOnlySpan<T> g, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (g.Length != w.Nse)
        {
            throw new ArgumentException($"g must hold Nse = {w.Nse} values (one per synapse, in the matrix's slot order); got {g.Length}.", nameof(g));
        }

        ConnValidation.RequireNoOverlap(g, result, nameof(g));
    }
}
