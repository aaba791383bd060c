using System.Numerics;

namespace BrainEvent;

public static partial class Gradients
{
    /// <summary>
    /// The VJP of <c>y = W @ v</c>: for a cotangent <c>ct</c> of <c>y</c>, the weights' gradient
    /// <c>dWeights[s] = ct[pre(s)] * v[post(s)]</c> (summed over slots when homogeneous) and
    /// <c>dV = ct @ W</c>. See <see cref="Gradients"/> for layouts and lazy matrices.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="cotangent">The cotangent of <c>W @ v</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and <c>v</c>'s gradient.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static (T[] DWeights, T[] DV) MatVecVjp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var (dWeights, dV) = (new T[w.DataLength], new T[w.NumPost]);
        MatVecVjp(w, v, cotangent, dWeights, dV);
        return (dWeights, dV);
    }

    /// <summary>The VJP of <c>W @ v</c> written into <paramref name="dWeights"/> and <paramref name="dV"/>, which it overwrites. Allocates nothing.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="cotangent">The cotangent of <c>W @ v</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dV">Receives <c>ct @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <exception cref="ArgumentException">A length does not fit, or an output overlaps an input or the other output.</exception>
    public static void MatVecVjp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dV)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.VectorVjp(w, v.Length, nameof(v), v, cotangent, dWeights, dV, nameof(dV), right: true);
        VectorVjpCore(w, v, cotangent, dWeights, dV, right: true);
    }

    /// <summary>
    /// The JVP of <c>y = W @ v</c>: the tangent of <c>y</c> for tangents <paramref name="dWeights"/> of the
    /// weights and <paramref name="dV"/> of <c>v</c>, <c>dW @ v + W @ dV</c>. An empty tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dV">The tangent of <c>v</c> (<see cref="FixedNumConn{T}.NumPost"/> values), or empty.</param>
    /// <returns><see cref="FixedNumConn{T}.NumPre"/> values.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static T[] MatVecJvp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dV)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var result = new T[w.NumPre];
        MatVecJvp(w, v, dWeights, dV, result);
        return result;
    }

    /// <summary>The JVP of <c>W @ v</c> written into <paramref name="result"/> (<see cref="FixedNumConn{T}.NumPre"/> values), which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dV">The tangent of <c>v</c> (<see cref="FixedNumConn{T}.NumPost"/> values), or empty.</param>
    /// <param name="result">Receives the tangent of <c>W @ v</c>.</param>
    /// <exception cref="ArgumentException">A length does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void MatVecJvp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dV, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.VectorJvp(w, v.Length, nameof(v), v, dWeights.Span, dV, nameof(dV), result, right: true);
        if (WeightsTangent(w, dWeights) is { } tangent)
        {
            tangent.MatVec(v, result);
        }
        else
        {
            result.Clear();
        }

        AddOperandTangent(w, dV, result, right: true);
    }

    /// <summary>
    /// The VJP of <c>y = v @ W</c>: for a cotangent <c>ct</c> of <c>y</c>, the weights' gradient
    /// <c>dWeights[s] = v[pre(s)] * ct[post(s)]</c> (summed over slots when homogeneous) and
    /// <c>dV = W @ ct</c>. See <see cref="Gradients"/> for layouts and lazy matrices.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="cotangent">The cotangent of <c>v @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and <c>v</c>'s gradient.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static (T[] DWeights, T[] DV) VecMatVjp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var (dWeights, dV) = (new T[w.DataLength], new T[w.NumPre]);
        VecMatVjp(w, v, cotangent, dWeights, dV);
        return (dWeights, dV);
    }

    /// <summary>The VJP of <c>v @ W</c> written into <paramref name="dWeights"/> and <paramref name="dV"/>, which it overwrites. Allocates nothing.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="cotangent">The cotangent of <c>v @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dV">Receives <c>W @ ct</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <exception cref="ArgumentException">A length does not fit, or an output overlaps an input or the other output.</exception>
    public static void VecMatVjp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dV)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.VectorVjp(w, v.Length, nameof(v), v, cotangent, dWeights, dV, nameof(dV), right: false);
        VectorVjpCore(w, v, cotangent, dWeights, dV, right: false);
    }

    /// <summary>
    /// The JVP of <c>y = v @ W</c>: the tangent of <c>y</c> for tangents <paramref name="dWeights"/> of the
    /// weights and <paramref name="dV"/> of <c>v</c>, <c>v @ dW + dV @ W</c>. An empty tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dV">The tangent of <c>v</c> (<see cref="FixedNumConn{T}.NumPre"/> values), or empty.</param>
    /// <returns><see cref="FixedNumConn{T}.NumPost"/> values.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static T[] VecMatJvp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dV)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var result = new T[w.NumPost];
        VecMatJvp(w, v, dWeights, dV, result);
        return result;
    }

    /// <summary>The JVP of <c>v @ W</c> written into <paramref name="result"/> (<see cref="FixedNumConn{T}.NumPost"/> values), which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="v">The operand: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dV">The tangent of <c>v</c> (<see cref="FixedNumConn{T}.NumPre"/> values), or empty.</param>
    /// <param name="result">Receives the tangent of <c>v @ W</c>.</param>
    /// <exception cref="ArgumentException">A length does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void VecMatJvp<T>(FixedNumConn<T> w, ReadOnlySpan<T> v, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dV, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.VectorJvp(w, v.Length, nameof(v), v, dWeights.Span, dV, nameof(dV), result, right: false);
        if (WeightsTangent(w, dWeights) is { } tangent)
        {
            tangent.VecMat(v, result);
        }
        else
        {
            result.Clear();
        }

        AddOperandTangent(w, dV, result, right: false);
    }
}
