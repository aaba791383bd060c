using System.Numerics;

namespace BrainEvent;

/// <summary>
/// Reverse-mode (VJP) and forward-mode (JVP) rules of every product, with respect to the weights and the
/// dense operand, for a user's training loop or an autodiff library to call.
/// </summary>
/// <remarks>
/// <para>
/// <b>Weights.</b> Gradients and tangents of the weights are in the layout of <see cref="FixedNumConn{T}.Data"/>:
/// <see cref="FixedNumConn{T}.Nse"/> values, row-major <c>[StorageRows, NConn]</c>, one per slot. A homogeneous
/// matrix has one weight shared by every slot: its gradient is one value, the sum of the slot gradients, and
/// its tangent is one value. Slot <c>s</c> sits at <c>W[pre(s), post(s)]</c> (<c>(r, indices[r, k])</c> for
/// FixedPost, <c>(indices[r, k], r)</c> for FixedPre); duplicates each get their own gradient, which is the
/// gradient of the dense entry they add to.
/// </para>
/// <para>
/// <b>Lazy matrices.</b> For a matrix whose values are an element-wise chain (<c>w * 2f</c>, <c>Apply</c>), the
/// rules differentiate with respect to the evaluated values, the weights the product actually uses. To reach
/// the source values, multiply by the chain's own derivative (for <c>w * 2f</c>, by 2).
/// </para>
/// <para>
/// <b>Events.</b> Spike operands (<see cref="bool"/> and <see cref="BitSpikes"/>) are not differentiable. The
/// rules follow upstream brainevent's straight-through convention: a spike vector is treated as its 0/1 float
/// values, so an event product's VJP is the float product's, and the gradient returned for the spikes is the
/// float product's operand gradient (e.g. <c>cotangent @ W</c> for <c>W @ s</c>). Multiply it by a surrogate
/// derivative of the spike function to train through spikes. The JVP accepts a float tangent of the spikes
/// for the same reason.
/// </para>
/// <para>
/// <b>Tangents.</b> A JVP takes a tangent of the weights and of the dense operand; an empty (or null) tangent
/// is zero. <b>Cost.</b> The operand's gradient is the transposed product of the cotangent, run by the library's
/// products (lazy chains fused); the weights' gradient is one dot product over the batch per slot, in parallel
/// over stored rows, and the same on every thread count. The overloads with output arguments overwrite them. The
/// vector VJPs then allocate nothing (scratch comes from the shared pool); a matrix VJP also makes an O(1)
/// transposed view of <c>W</c>. A JVP wraps a weights' tangent in a matrix of the same structure (a product through
/// the column mirror copies it into mirror order), and a matrix JVP with an operand tangent allocates that product.
/// Every argument is checked before any work: a wrong length or shape throws <see cref="ArgumentException"/>
/// naming the argument, what was expected and what was given.
/// </para>
/// </remarks>
public static partial class Gradients
{
    /// <summary>The VJP of <c>W @ x</c> (right) or <c>x @ W</c> once the operand is values.</summary>
    private static void VectorVjpCore<T>(FixedNumConn<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dX, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // x's gradient is the cotangent through the transposed product: ct @ W for W @ x, W @ ct for x @ W.
        if (right)
        {
            w.VecMat(cotangent, dX);
        }
        else
        {
            w.MatVec(cotangent, dX);
        }

        WeightGradientKernel<T>.Run(w, right ? cotangent : x, right ? x : cotangent, batch: 1, dWeights);
    }

    /// <summary>
    /// The VJP of <c>W @ M</c> (right) or <c>M @ W</c>: the operand's gradient through the transpose, the
    /// weights' from the product's two sides laid out as <c>[NumPre, b]</c> and <c>[NumPost, b]</c>.
    /// </summary>
    private static void MatrixVjpCore<T>(
        FixedNumConn<T> w, ReadOnlySpan<T> pre, ReadOnlySpan<T> post, int batch, T[,] cotangent, Span<T> dWeights, T[,] dX, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var transpose = w.TransposeView();
        if (right)
        {
            transpose.MatMat(cotangent, dX);
        }
        else
        {
            transpose.LeftMatMat(cotangent, dX);
        }

        WeightGradientKernel<T>.Run(w, pre, post, batch, dWeights);
    }

    /// <summary>The matrix whose product gives the weights' part of a JVP, or null for a zero tangent.</summary>
    private static FixedNumConn<T>? WeightsTangent<T>(FixedNumConn<T> w, ReadOnlyMemory<T> dWeights)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        dWeights.IsEmpty ? null : w.WithValuesOf(dWeights);

    /// <summary>Adds the operand's part of a JVP, <c>W @ dX</c> (right) or <c>dX @ W</c>, to <paramref name="result"/>.</summary>
    private static void AddOperandTangent<T>(FixedNumConn<T> w, ReadOnlySpan<T> dX, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (dX.IsEmpty)
        {
            return;
        }

        using var term = new PooledBuffer<T>(result.Length);
        if (right)
        {
            w.MatVec(dX, term.Span);
        }
        else
        {
            w.VecMat(dX, term.Span);
        }

        Add(term.Span, result);
    }

    /// <summary>Adds the operand's part of a matrix JVP, <c>W @ dX</c> (right) or <c>dX @ W</c>, to <paramref name="result"/>.</summary>
    private static void AddOperandTangent<T>(FixedNumConn<T> w, T[,]? dX, T[,] result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (dX is null || dX.Length == 0)
        {
            return;
        }

        var term = right ? w.MatMat(dX) : w.LeftMatMat(dX);
        Add(Dense2D.Flat(term), Dense2D.Flat(result));
    }

    /// <summary><paramref name="m"/> of shape <c>(rows, cols)</c> as <c>[cols, rows]</c> in pooled scratch.</summary>
    private static PooledBuffer<T> Transposed<T>(T[,] m)
    {
        var buffer = new PooledBuffer<T>(m.Length);
        Dense2D.Transpose<T>(Dense2D.Flat(m), m.GetLength(0), m.GetLength(1), buffer.Span);
        return buffer;
    }

    private static void Add<T>(ReadOnlySpan<T> term, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < result.Length; i++)
        {
            result[i] += term[i];
        }
    }
}
