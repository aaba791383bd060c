using BrainEvent.Graph;

namespace BrainEvent;

public abstract partial class FixedNumConn<T, TSelf>
{
    /// <summary>
    /// Spike-triggered plasticity on pre-synaptic spikes (brainevent's <c>update_on_pre</c>): a new matrix in
    /// which every stored synapse of an active pre-synaptic neuron has <c>w + postTrace[post]</c>, and then every
    /// slot is clipped to <c>[wMin, wMax]</c>, as upstream's <c>jnp.clip</c> of the whole array: a slot of a silent
    /// neuron outside the bounds is pulled onto them, and a NaN weight stays NaN.
    /// </summary>
    /// <remarks>
    /// Each slot is updated at most once per call, so duplicate slots (the same pair stored twice) each get the
    /// trace once. The values are copied (a lazy chain is evaluated first); this matrix is unchanged and the
    /// structure, with its column mirror, is shared. The clip of every slot is done while copying (a lazy chain
    /// needs a second pass after its evaluation); the update itself touches only active neurons' slots (through
    /// the column mirror for <see cref="FixedPreNumConn{T}"/>). For simulation loops that should not copy Nse
    /// values per step, use <see cref="FixedNumConn{T}.UpdateOnPreInPlace(Span{T}, ReadOnlySpan{bool}, ReadOnlySpan{T}, T?, T?)"/>,
    /// which clips only the slots it updates: with every weight already within the bounds both give the same
    /// values bit for bit; otherwise this form also pulls the untouched slots into the bounds.
    /// </remarks>
    /// <param name="preSpikes">Which pre-synaptic neurons fired: <see cref="FixedNumConn{T}.NumPre"/> entries.</param>
    /// <param name="postTrace">The post-synaptic trace: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="wMin">The lower bound of every weight of the result; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of every weight of the result; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A length is wrong, a bound is NaN or <paramref name="wMin"/> exceeds <paramref name="wMax"/>.</exception>
    /// <exception cref="InvalidOperationException">The matrix is homogeneous: one shared weight cannot change per synapse.</exception>
    public TSelf UpdateOnPre(ReadOnlySpan<bool> preSpikes, ReadOnlySpan<T> postTrace, T? wMin = null, T? wMax = null)
    {
        var bounds = CheckUpdate(preSpikes.Length, postTrace.Length, wMin, wMax, onPre: true);
        var update = StartLearning(nameof(UpdateOnPre), bounds);
        RunUpdate(update.Source.Span, update.Result, preSpikes, postTrace, bounds, onPre: true);
        return WithLearnedValues(update.Finish());
    }

    /// <summary>
    /// <see cref="UpdateOnPre(ReadOnlySpan{bool}, ReadOnlySpan{T}, T?, T?)"/> with bit-packed spikes
    /// (<see cref="FixedNumConn{T}.NumPre"/> of them).
    /// </summary>
    /// <param name="preSpikes">Which pre-synaptic neurons fired: <see cref="FixedNumConn{T}.NumPre"/> entries.</param>
    /// <param name="postTrace">The post-synaptic trace: <see cref="FixedNumConn{T}.NumPost"/> values.</param>
    /// <param name="wMin">The lower bound of every weight of the result; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of every weight of the result; <see langword="null"/> for none.</param>
    public TSelf UpdateOnPre(BitSpikes preSpikes, ReadOnlySpan<T> postTrace, T? wMin = null, T? wMax = null)
    {
        ArgumentNullException.ThrowIfNull(preSpikes);
        var bounds = CheckUpdate(preSpikes.Length, postTrace.Length, wMin, wMax, onPre: true);
        var update = StartLearning(nameof(UpdateOnPre), bounds);
        RunUpdate(update.Source.Span, update.Result, preSpikes, postTrace, bounds, onPre: true);
        return WithLearnedValues(update.Finish());
    }

    /// <summary>
    /// Spike-triggered plasticity on post-synaptic spikes (brainevent's <c>update_on_post</c>): a new matrix in
    /// which every stored synapse of an active post-synaptic neuron has <c>w + preTrace[pre]</c>, and then every
    /// slot is clipped to <c>[wMin, wMax]</c>, as in <see cref="UpdateOnPre(ReadOnlySpan{bool}, ReadOnlySpan{T}, T?, T?)"/>,
    /// whose remarks apply with the roles swapped (the update goes through the column mirror for
    /// <see cref="FixedPostNumConn{T}"/>).
    /// </summary>
    /// <param name="preTrace">The pre-synaptic trace: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="postSpikes">Which post-synaptic neurons fired: <see cref="FixedNumConn{T}.NumPost"/> entries.</param>
    /// <param name="wMin">The lower bound of every weight of the result; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of every weight of the result; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A length is wrong, a bound is NaN or <paramref name="wMin"/> exceeds <paramref name="wMax"/>.</exception>
    /// <exception cref="InvalidOperationException">The matrix is homogeneous: one shared weight cannot change per synapse.</exception>
    public TSelf UpdateOnPost(ReadOnlySpan<T> preTrace, ReadOnlySpan<bool> postSpikes, T? wMin = null, T? wMax = null)
    {
        var bounds = CheckUpdate(postSpikes.Length, preTrace.Length, wMin, wMax, onPre: false);
        var update = StartLearning(nameof(UpdateOnPost), bounds);
        RunUpdate(update.Source.Span, update.Result, postSpikes, preTrace, bounds, onPre: false);
        return WithLearnedValues(update.Finish());
    }

    /// <summary>
    /// <see cref="UpdateOnPost(ReadOnlySpan{T}, ReadOnlySpan{bool}, T?, T?)"/> with bit-packed spikes
    /// (<see cref="FixedNumConn{T}.NumPost"/> of them).
    /// </summary>
    /// <param name="preTrace">The pre-synaptic trace: <see cref="FixedNumConn{T}.NumPre"/> values.</param>
    /// <param name="postSpikes">Which post-synaptic neurons fired: <see cref="FixedNumConn{T}.NumPost"/> entries.</param>
    /// <param name="wMin">The lower bound of every weight of the result; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of every weight of the result; <see langword="null"/> for none.</param>
    public TSelf UpdateOnPost(ReadOnlySpan<T> preTrace, BitSpikes postSpikes, T? wMin = null, T? wMax = null)
    {
        ArgumentNullException.ThrowIfNull(postSpikes);
        var bounds = CheckUpdate(postSpikes.Length, preTrace.Length, wMin, wMax, onPre: false);
        var update = StartLearning(nameof(UpdateOnPost), bounds);
        RunUpdate(update.Source.Span, update.Result, postSpikes, preTrace, bounds, onPre: false);
        return WithLearnedValues(update.Finish());
    }

    private TSelf WithLearnedValues(T[] weights) => WithValues(new BufferLeaf<T>(weights, broadcast: false));
}
