using System.Numerics;

namespace BrainEvent;

public static partial class Gradients
{
    /// <summary>
    /// The VJP of <c>Y = W @ M</c>: for a cotangent <c>CT</c> of <c>Y</c>, the weights' gradient
    /// <c>dWeights[s] = sum_c CT[pre(s), c] * M[post(s), c]</c> (summed over slots when homogeneous) and
    /// <c>dM = W^T @ CT</c>. See <see cref="Gradients"/> for layouts and lazy matrices.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>W @ M</c>, of shape <c>(NumPre, b)</c>.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and <c>M</c>'s gradient.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static (T[] DWeights, T[,] DM) MatMatVjp<T>(FixedNumConn<T> w, T[,] m, T[,] cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        var (dWeights, dM) = (new T[w.DataLength], new T[m.GetLength(0), m.GetLength(1)]);
        MatMatVjp(w, m, cotangent, dWeights, dM);
        return (dWeights, dM);
    }

    /// <summary>The VJP of <c>W @ M</c> written into <paramref name="dWeights"/> and <paramref name="dM"/>, which it overwrites. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>W @ M</c>, of shape <c>(NumPre, b)</c>.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dM">Receives <c>W^T @ CT</c>, of the shape of <paramref name="m"/>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or an output overlaps an input or the other output.</exception>
    public static void MatMatVjp<T>(FixedNumConn<T> w, T[,] m, T[,] cotangent, Span<T> dWeights, T[,] dM)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(m);
        int batch = GradientChecks.MatrixVjp(w, m, nameof(m), Dense2D.Flat(m), cotangent, dWeights, dM, nameof(dM), right: true);
        MatrixVjpCore(w, pre: Dense2D.Flat(cotangent), post: Dense2D.Flat(m), batch, cotangent, dWeights, dM, right: true);
    }

    /// <summary>
    /// The JVP of <c>Y = W @ M</c>: the tangent of <c>Y</c> for tangents <paramref name="dWeights"/> of the
    /// weights and <paramref name="dM"/> of <c>M</c>, <c>dW @ M + W @ dM</c>. An empty or null tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dM">The tangent of <c>M</c>, of its shape, or null.</param>
    /// <returns>An array of shape <c>(NumPre, b)</c>.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static T[,] MatMatJvp<T>(FixedNumConn<T> w, T[,] m, ReadOnlyMemory<T> dWeights, T[,]? dM)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        var result = new T[w.NumPre, m.GetLength(1)];
        MatMatJvp(w, m, dWeights, dM, result);
        return result;
    }

    /// <summary>The JVP of <c>W @ M</c> written into <paramref name="result"/> of shape <c>(NumPre, b)</c>, which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dM">The tangent of <c>M</c>, of its shape, or null.</param>
    /// <param name="result">Receives the tangent of <c>W @ M</c>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void MatMatJvp<T>(FixedNumConn<T> w, T[,] m, ReadOnlyMemory<T> dWeights, T[,]? dM, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(m);
        GradientChecks.MatrixJvp(w, m, nameof(m), Dense2D.Flat(m), dWeights.Span, dM, nameof(dM), result, right: true);
        if (WeightsTangent(w, dWeights) is { } tangent)
        {
            tangent.MatMat(m, result);
        }
        else
        {
            Array.Clear(result);
        }

        AddOperandTangent(w, dM, result, right: true);
    }

    /// <summary>
    /// The VJP of <c>Y = M @ W</c>: for a cotangent <c>CT</c> of <c>Y</c>, the weights' gradient
    /// <c>dWeights[s] = sum_c M[c, pre(s)] * CT[c, post(s)]</c> (summed over slots when homogeneous) and
    /// <c>dM = CT @ W^T</c>. See <see cref="Gradients"/> for layouts and lazy matrices.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>M @ W</c>, of shape <c>(b, NumPost)</c>.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and <c>M</c>'s gradient.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static (T[] DWeights, T[,] DM) LeftMatMatVjp<T>(FixedNumConn<T> w, T[,] m, T[,] cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        var (dWeights, dM) = (new T[w.DataLength], new T[m.GetLength(0), m.GetLength(1)]);
        LeftMatMatVjp(w, m, cotangent, dWeights, dM);
        return (dWeights, dM);
    }

    /// <summary>The VJP of <c>M @ W</c> written into <paramref name="dWeights"/> and <paramref name="dM"/>, which it overwrites. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>M @ W</c>, of shape <c>(b, NumPost)</c>.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dM">Receives <c>CT @ W^T</c>, of the shape of <paramref name="m"/>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or an output overlaps an input or the other output.</exception>
    public static void LeftMatMatVjp<T>(FixedNumConn<T> w, T[,] m, T[,] cotangent, Span<T> dWeights, T[,] dM)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(m);
        int batch = GradientChecks.MatrixVjp(w, m, nameof(m), Dense2D.Flat(m), cotangent, dWeights, dM, nameof(dM), right: false);

        // The weight kernel wants the batch contiguous: M and CT transposed to [NumPre, b] and [NumPost, b].
        using var pre = Transposed(m);
        using var post = Transposed(cotangent);
        MatrixVjpCore(w, pre.Span, post.Span, batch, cotangent, dWeights, dM, right: false);
    }

    /// <summary>
    /// The JVP of <c>Y = M @ W</c>: the tangent of <c>Y</c> for tangents <paramref name="dWeights"/> of the
    /// weights and <paramref name="dM"/> of <c>M</c>, <c>M @ dW + dM @ W</c>. An empty or null tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dM">The tangent of <c>M</c>, of its shape, or null.</param>
    /// <returns>An array of shape <c>(b, NumPost)</c>.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static T[,] LeftMatMatJvp<T>(FixedNumConn<T> w, T[,] m, ReadOnlyMemory<T> dWeights, T[,]? dM)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        var result = new T[m.GetLength(0), w.NumPost];
        LeftMatMatJvp(w, m, dWeights, dM, result);
        return result;
    }

    /// <summary>The JVP of <c>M @ W</c> written into <paramref name="result"/> of shape <c>(b, NumPost)</c>, which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="m">The operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dM">The tangent of <c>M</c>, of its shape, or null.</param>
    /// <param name="result">Receives the tangent of <c>M @ W</c>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void LeftMatMatJvp<T>(FixedNumConn<T> w, T[,] m, ReadOnlyMemory<T> dWeights, T[,]? dM, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(m);
        GradientChecks.MatrixJvp(w, m, nameof(m), Dense2D.Flat(m), dWeights.Span, dM, nameof(dM), result, right: false);
        if (WeightsTangent(w, dWeights) is { } tangent)
        {
            tangent.LeftMatMat(m, result);
        }
        else
        {
            Array.Clear(result);
        }

        AddOperandTangent(w, dM, result, right: false);
    }
}
