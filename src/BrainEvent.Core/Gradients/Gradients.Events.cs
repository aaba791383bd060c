using System.Numerics;

namespace BrainEvent;

public static partial class Gradients
{
    /// <summary>
    /// The VJP of <c>y = W @ s</c> under the straight-through convention (see <see cref="Gradients"/>): the
    /// float rule with <c>s</c> as 0/1 values, <c>dWeights[s'] = ct[pre(s')] * s[post(s')]</c>, and
    /// <c>dSpikes = ct @ W</c>, to be multiplied by a surrogate derivative.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> entries.</param>
    /// <param name="cotangent">The cotangent of <c>W @ s</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and the straight-through gradient of the spikes.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static (T[] DWeights, T[] DSpikes) MatVecVjp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlySpan<T> cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var (dWeights, dSpikes) = (new T[w.DataLength], new T[w.NumPost]);
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: true);
        return (dWeights, dSpikes);
    }

    /// <summary>The straight-through VJP of <c>W @ s</c> written into <paramref name="dWeights"/> and <paramref name="dSpikes"/>, which it overwrites. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> entries.</param>
    /// <param name="cotangent">The cotangent of <c>W @ s</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dSpikes">Receives <c>ct @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <exception cref="ArgumentException">A length does not fit, or an output overlaps the cotangent or the other output.</exception>
    public static void MatVecVjp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: true);

    /// <summary>The straight-through VJP of <c>W @ s</c> for bit-packed spikes of length <see cref="FixedNumConn{T}.NumPost"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> neurons.</param>
    /// <param name="cotangent">The cotangent of <c>W @ s</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and the straight-through gradient of the spikes.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static (T[] DWeights, T[] DSpikes) MatVecVjp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlySpan<T> cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var (dWeights, dSpikes) = (new T[w.DataLength], new T[w.NumPost]);
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: true);
        return (dWeights, dSpikes);
    }

    /// <summary>The straight-through VJP of <c>W @ s</c> for bit-packed spikes, written into <paramref name="dWeights"/> and <paramref name="dSpikes"/>. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> neurons.</param>
    /// <param name="cotangent">The cotangent of <c>W @ s</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dSpikes">Receives <c>ct @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <exception cref="ArgumentException">A length does not fit, or an output overlaps the cotangent or the other output.</exception>
    public static void MatVecVjp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: true);

    /// <summary>
    /// The JVP of <c>y = W @ s</c>: <c>dW @ s</c> (an event product) plus, under the straight-through
    /// convention, <c>W @ dSpikes</c> for a float tangent of the spikes. An empty tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> entries.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPost"/> values), or empty.</param>
    /// <returns><see cref="FixedNumConn{T}.NumPre"/> values.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static T[] MatVecJvp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var result = new T[w.NumPre];
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: true);
        return result;
    }

    /// <summary>The JVP of <c>W @ s</c> written into <paramref name="result"/> (<see cref="FixedNumConn{T}.NumPre"/> values), which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> entries.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPost"/> values), or empty.</param>
    /// <param name="result">Receives the tangent of <c>W @ s</c>.</param>
    /// <exception cref="ArgumentException">A length does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void MatVecJvp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: true);

    /// <summary>The JVP of <c>W @ s</c> for bit-packed spikes of length <see cref="FixedNumConn{T}.NumPost"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> neurons.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPost"/> values), or empty.</param>
    /// <returns><see cref="FixedNumConn{T}.NumPre"/> values.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static T[] MatVecJvp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var result = new T[w.NumPre];
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: true);
        return result;
    }

    /// <summary>The JVP of <c>W @ s</c> for bit-packed spikes, written into <paramref name="result"/> (<see cref="FixedNumConn{T}.NumPre"/> values).</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPost"/> neurons.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPost"/> values), or empty.</param>
    /// <param name="result">Receives the tangent of <c>W @ s</c>.</param>
    /// <exception cref="ArgumentException">A length does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void MatVecJvp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: true);

    /// <summary>
    /// The VJP of <c>y = s @ W</c> (the synaptic step of a FixedPost network) under the straight-through
    /// convention (see <see cref="Gradients"/>): <c>dWeights[s'] = s[pre(s')] * ct[post(s')]</c>, and
    /// <c>dSpikes = W @ ct</c>, to be multiplied by a surrogate derivative.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> entries.</param>
    /// <param name="cotangent">The cotangent of <c>s @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and the straight-through gradient of the spikes.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static (T[] DWeights, T[] DSpikes) VecMatVjp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlySpan<T> cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var (dWeights, dSpikes) = (new T[w.DataLength], new T[w.NumPre]);
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: false);
        return (dWeights, dSpikes);
    }

    /// <summary>The straight-through VJP of <c>s @ W</c> written into <paramref name="dWeights"/> and <paramref name="dSpikes"/>, which it overwrites. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> entries.</param>
    /// <param name="cotangent">The cotangent of <c>s @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dSpikes">Receives <c>W @ ct</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <exception cref="ArgumentException">A length does not fit, or an output overlaps the cotangent or the other output.</exception>
    public static void VecMatVjp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: false);

    /// <summary>The straight-through VJP of <c>s @ W</c> for bit-packed spikes of length <see cref="FixedNumConn{T}.NumPre"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> neurons.</param>
    /// <param name="cotangent">The cotangent of <c>s @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <returns>The weights' gradient in the layout of <see cref="FixedNumConn{T}.Data"/> and the straight-through gradient of the spikes.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static (T[] DWeights, T[] DSpikes) VecMatVjp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlySpan<T> cotangent)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var (dWeights, dSpikes) = (new T[w.DataLength], new T[w.NumPre]);
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: false);
        return (dWeights, dSpikes);
    }

    /// <summary>The straight-through VJP of <c>s @ W</c> for bit-packed spikes, written into <paramref name="dWeights"/> and <paramref name="dSpikes"/>. Allocates nothing but pooled scratch.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> neurons.</param>
    /// <param name="cotangent">The cotangent of <c>s @ W</c>: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="dWeights">Receives the weights' gradient: <see cref="FixedNumConn{T}.Nse"/> values, or 1 when homogeneous.</param>
    /// <param name="dSpikes">Receives <c>W @ ct</c>: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <exception cref="ArgumentException">A length does not fit, or an output overlaps the cotangent or the other output.</exception>
    public static void VecMatVjp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorVjp(w, spikes, cotangent, dWeights, dSpikes, right: false);

    /// <summary>
    /// The JVP of <c>y = s @ W</c>: <c>s @ dW</c> (an event product) plus, under the straight-through
    /// convention, <c>dSpikes @ W</c> for a float tangent of the spikes. An empty tangent is zero.
    /// </summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> entries.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPre"/> values), or empty.</param>
    /// <returns><see cref="FixedNumConn{T}.NumPost"/> values.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static T[] VecMatJvp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var result = new T[w.NumPost];
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: false);
        return result;
    }

    /// <summary>The JVP of <c>s @ W</c> written into <paramref name="result"/> (<see cref="FixedNumConn{T}.NumPost"/> values), which it overwrites.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> entries.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPre"/> values), or empty.</param>
    /// <param name="result">Receives the tangent of <c>s @ W</c>.</param>
    /// <exception cref="ArgumentException">A length does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void VecMatJvp<T>(FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: false);

    /// <summary>The JVP of <c>s @ W</c> for bit-packed spikes of length <see cref="FixedNumConn{T}.NumPre"/>.</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> neurons.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPre"/> values), or empty.</param>
    /// <returns><see cref="FixedNumConn{T}.NumPost"/> values.</returns>
    /// <exception cref="ArgumentException">A length does not fit.</exception>
    public static T[] VecMatJvp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        var result = new T[w.NumPost];
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: false);
        return result;
    }

    /// <summary>The JVP of <c>s @ W</c> for bit-packed spikes, written into <paramref name="result"/> (<see cref="FixedNumConn{T}.NumPost"/> values).</summary>
    /// <param name="w">The matrix.</param>
    /// <param name="spikes">The spikes: <see cref="FixedNumConn{T}.NumPre"/> neurons.</param>
    /// <param name="dWeights">The weights' tangent in the layout of <see cref="FixedNumConn{T}.Data"/> (1 value when homogeneous), or empty.</param>
    /// <param name="dSpikes">A tangent of the spikes' 0/1 values (<see cref="FixedNumConn{T}.NumPre"/> values), or empty.</param>
    /// <param name="result">Receives the tangent of <c>s @ W</c>.</param>
    /// <exception cref="ArgumentException">A length does not fit, or <paramref name="result"/> overlaps an input.</exception>
    public static void VecMatJvp<T>(FixedNumConn<T> w, BitSpikes spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        EventVectorJvp(w, spikes, dWeights, dSpikes, result, right: false);

    private static void EventVectorVjp<T>(
        FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dSpikes, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.VectorVjp(w, spikes.Length, nameof(spikes), default, cotangent, dWeights, dSpikes, nameof(dSpikes), right);
        using var values = new PooledBuffer<T>(spikes.Length);
        SpikeValues.Fill(spikes, values.Span);
        VectorVjpCore(w, values.Span, cotangent, dWeights, dSpikes, right);
    }

    private static void EventVectorVjp<T>(
        FixedNumConn<T> w, BitSpikes spikes, ReadOnlySpan<T> cotangent, Span<T> dWeights, Span<T> dSpikes, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(spikes);
        GradientChecks.VectorVjp(w, spikes.Length, nameof(spikes), default, cotangent, dWeights, dSpikes, nameof(dSpikes), right);
        using var values = new PooledBuffer<T>(spikes.Length);
        SpikeValues.Fill(spikes, values.Span);
        VectorVjpCore(w, values.Span, cotangent, dWeights, dSpikes, right);
    }

    private static void EventVectorJvp<T>(
        FixedNumConn<T> w, ReadOnlySpan<bool> spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GradientChecks.VectorJvp(w, spikes.Length, nameof(spikes), default, dWeights.Span, dSpikes, nameof(dSpikes), result, right);
        ConnValidation.RequireNoOverlap(spikes, result, nameof(spikes));
        var tangent = WeightsTangent(w, dWeights);
        if (tangent is null)
        {
            result.Clear();
        }
        else if (right)
        {
            tangent.MatVec(spikes, result);
        }
        else
        {
            tangent.VecMat(spikes, result);
        }

        AddOperandTangent(w, dSpikes, result, right);
    }

    private static void EventVectorJvp<T>(
        FixedNumConn<T> w, BitSpikes spikes, ReadOnlyMemory<T> dWeights, ReadOnlySpan<T> dSpikes, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(spikes);
        GradientChecks.VectorJvp(w, spikes.Length, nameof(spikes), default, dWeights.Span, dSpikes, nameof(dSpikes), result, right);
        var tangent = WeightsTangent(w, dWeights);
        if (tangent is null)
        {
            result.Clear();
        }
        else if (right)
        {
            tangent.MatVec(spikes, result);
        }
        else
        {
            tangent.VecMat(spikes, result);
        }

        AddOperandTangent(w, dSpikes, result, right);
    }
}
