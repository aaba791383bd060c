using System.Numerics;

namespace BrainEvent;

public static partial class Gradients
{
    /// <summary>
    /// The VJP of <c>Y = W @ S</c> for an event matrix <c>S</c> under the straight-through convention (see
    /// <see cref="Gradients"/>): <c>dWeights[s] = sum_c CT[pre(s), c] * S[post(s), c]</c> with <c>S</c> as 0/1
    /// values, and <c>dSpikes = W^T @ CT</c>, to be multiplied by a surrogate derivative.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>W @ S</c>, of shape <c>(NumPre, b)</c>.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and the straight-through gradient of the spikes.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static (T[] DWeights, T[,] DSpikes) MatMatVjp<T>(FixedNumConn<T> w, bool[,] spikes, T[,] cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(spikes);
        var (dWeights, dSpikes) = (new T[w.DataLength], new T[spikes.GetLength(0), spikes.GetLength(1)]);
        MatMatVjp(w, spikes, cotangent, dWeights, dSpikes);
        return (dWeights, dSpikes);
    }

    /// <summary>The straight-through VJP of <c>W @ S</c> written into <paramref name="dWeights"/> and <paramref name="dSpikes"/>, which it overwrites. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>W @ S</c>, of shape <c>(NumPre, b)</c>.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dSpikes">Receives <c>W^T @ CT</c>, of the shape of <paramref name="spikes"/>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or an output overlaps the cotangent or the other output.</exception>
    public static void MatMatVjp<T>(FixedNumConn<T> w, bool[,] spikes, T[,] cotangent, Span<T> dWeights, T[,] dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int batch = GradientChecks.MatrixVjp(w, spikes, nameof(spikes), default, cotangent, dWeights, dSpikes, nameof(dSpikes), right: true);
        using var post = new PooledBuffer<T>(spikes.Length);
        SpikeValues.Fill(Dense2D.Flat(spikes), post.Span);
        MatrixVjpCore(w, Dense2D.Flat(cotangent), post.Span, batch, cotangent, dWeights, dSpikes, right: true);
    }

    /// <summary>
    /// The JVP of <c>Y = W @ S</c>: <c>dW @ S</c> (an event product) plus, under the straight-through
    /// convention, <c>W @ dSpikes</c> for a float tangent of the spikes. An empty or null tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values, of their shape, or null.</param>
    /// <returns>An array of shape <c>(NumPre, b)</c>.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static T[,] MatMatJvp<T>(FixedNumConn<T> w, bool[,] spikes, ReadOnlyMemory<T> dWeights, T[,]? dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(spikes);
        var result = new T[w.NumPre, spikes.GetLength(1)];
        MatMatJvp(w, spikes, dWeights, dSpikes, result);
        return result;
    }

    /// <summary>The JVP of <c>W @ S</c> written into <paramref name="result"/> of shape <c>(NumPre, b)</c>, which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(NumPost, b)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values, of their shape, or null.</param>
    /// <param name="result">Receives the tangent of <c>W @ S</c>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void MatMatJvp<T>(FixedNumConn<T> w, bool[,] spikes, ReadOnlyMemory<T> dWeights, T[,]? dSpikes, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.MatrixJvp(w, spikes, nameof(spikes), default, dWeights.Span, dSpikes, nameof(dSpikes), result, right: true);
        if (WeightsTangent(w, dWeights) is { } tangent)
        {
            tangent.MatMat(spikes, result);
        }
        else
        {
            Array.Clear(result);
        }

        AddOperandTangent(w, dSpikes, result, right: true);
    }

    /// <summary>
    /// The VJP of <c>Y = S @ W</c> for an event matrix <c>S</c> under the straight-through convention (see
    /// <see cref="Gradients"/>): <c>dWeights[s] = sum_c S[c, pre(s)] * CT[c, post(s)]</c> with <c>S</c> as 0/1
    /// values, and <c>dSpikes = CT @ W^T</c>, to be multiplied by a surrogate derivative.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>S @ W</c>, of shape <c>(b, NumPost)</c>.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and the straight-through gradient of the spikes.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static (T[] DWeights, T[,] DSpikes) LeftMatMatVjp<T>(FixedNumConn<T> w, bool[,] spikes, T[,] cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(spikes);
        var (dWeights, dSpikes) = (new T[w.DataLength], new T[spikes.GetLength(0), spikes.GetLength(1)]);
        LeftMatMatVjp(w, spikes, cotangent, dWeights, dSpikes);
        return (dWeights, dSpikes);
    }

    /// <summary>The straight-through VJP of <c>S @ W</c> written into <paramref name="dWeights"/> and <paramref name="dSpikes"/>, which it overwrites. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="cotangent">The cotangent of <c>S @ W</c>, of shape <c>(b, NumPost)</c>.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dSpikes">Receives <c>CT @ W^T</c>, of the shape of <paramref name="spikes"/>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or an output overlaps the cotangent or the other output.</exception>
    public static void LeftMatMatVjp<T>(FixedNumConn<T> w, bool[,] spikes, T[,] cotangent, Span<T> dWeights, T[,] dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int batch = GradientChecks.MatrixVjp(w, spikes, nameof(spikes), default, cotangent, dWeights, dSpikes, nameof(dSpikes), right: false);

        // The weight kernel wants the batch contiguous: S and CT transposed to [NumPre, b] and [NumPost, b].
        using var pre = new PooledBuffer<T>(spikes.Length);
        SpikeValues.FillTransposed(spikes, pre.Span);
        using var post = Transposed(cotangent);
        MatrixVjpCore(w, pre.Span, post.Span, batch, cotangent, dWeights, dSpikes, right: false);
    }

    /// <summary>
    /// The JVP of <c>Y = S @ W</c>: <c>S @ dW</c> (an event product) plus, under the straight-through
    /// convention, <c>dSpikes @ W</c> for a float tangent of the spikes. An empty or null tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values, of their shape, or null.</param>
    /// <returns>An array of shape <c>(b, NumPost)</c>.</returns>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static T[,] LeftMatMatJvp<T>(FixedNumConn<T> w, bool[,] spikes, ReadOnlyMemory<T> dWeights, T[,]? dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(spikes);
        var result = new T[spikes.GetLength(0), w.NumPost];
        LeftMatMatJvp(w, spikes, dWeights, dSpikes, result);
        return result;
    }

    /// <summary>The JVP of <c>S @ W</c> written into <paramref name="result"/> of shape <c>(b, NumPost)</c>, which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The event operand, of shape <c>(b, NumPre)</c>.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values, of their shape, or null.</param>
    /// <param name="result">Receives the tangent of <c>S @ W</c>.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void LeftMatMatJvp<T>(FixedNumConn<T> w, bool[,] spikes, ReadOnlyMemory<T> dWeights, T[,]? dSpikes, T[,] result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.MatrixJvp(w, spikes, nameof(spikes), default, dWeights.Span, dSpikes, nameof(dSpikes), result, right: false);
        if (WeightsTangent(w, dWeights) is { } tangent)
        {
            tangent.LeftMatMat(spikes, result);
        }
        else
        {
            Array.Clear(result);
        }

        AddOperandTangent(w, dSpikes, result, right: false);
    }
}
