using BrainEvent.Kernels;
using BrainEvent.Plasticity;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// The in-place form of <c>UpdateOnPre</c>, for simulation loops: in <paramref name="weights"/>, every
    /// stored synapse of an active pre-synaptic neuron gets <c>w += postTrace[post]</c>, and each updated slot
    /// is then clipped to <c>[wMin, wMax]</c>; slots of silent neurons are not read or written, so the cost
    /// follows the active neurons. Unlike the functional form, which clips every slot as upstream does, a slot
    /// of a silent neuron outside the bounds stays as it is: with every weight already within the bounds both
    /// forms give the same values bit for bit (and an update keeps them within). Allocates
    /// nothing once the column mirror exists (for <see cref="FixedPreNumConn{T}"/>, whose pre ids are the
    /// indices, the first call builds it; <see cref="ConnOptions.MaintainDualLayout"/> builds it at construction).
    /// </summary>
    /// <remarks>
    /// Only this matrix's structure is used; its own values (stored, homogeneous or lazy) are neither read
    /// nor changed. A matrix over the same buffer (the flat constructor, or <c>WithData(weights)</c>) sees the
    /// new values in its row-scan products (<c>spikes @ W</c> and <c>W @ v</c> for FixedPost, <c>W @ spikes</c>
    /// and <c>v @ W</c> for FixedPre); products through the column mirror read a mirror-ordered copy of the
    /// values made on their first use, so take <c>WithData(weights)</c> after updating before using those.
    /// </remarks>
    /// <param name="weights">The caller's weights in the layout of <see cref="Data"/>: <see cref="Nse"/> values, row-major. It must not overlap the trace.</param>
    /// <param name="preSpikes">Which pre-synaptic neurons fired: <see cref="NumPre"/> entries.</param>
    /// <param name="postTrace">The post-synaptic trace: <see cref="NumPost"/> values.</param>
    /// <param name="wMin">The lower bound of an updated weight; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of an updated weight; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A length is wrong, <paramref name="weights"/> overlaps <paramref name="postTrace"/>, a bound is NaN or <paramref name="wMin"/> exceeds <paramref name="wMax"/>; nothing is changed.</exception>
    public void UpdateOnPreInPlace(Span<T> weights, ReadOnlySpan<bool> preSpikes, ReadOnlySpan<T> postTrace, T? wMin = null, T? wMax = null)
    {
        var bounds = CheckInPlaceUpdate(weights, preSpikes.Length, postTrace, wMin, wMax, onPre: true);
        RunUpdate(weights, weights, preSpikes, postTrace, bounds, onPre: true);
    }

    /// <summary>
    /// <see cref="UpdateOnPreInPlace(Span{T}, ReadOnlySpan{bool}, ReadOnlySpan{T}, T?, T?)"/> with bit-packed
    /// spikes (<see cref="NumPre"/> of them).
    /// </summary>
    /// <param name="weights">The caller's weights in the layout of <see cref="Data"/>: <see cref="Nse"/> values, row-major. It must not overlap the trace.</param>
    /// <param name="preSpikes">Which pre-synaptic neurons fired: <see cref="NumPre"/> entries.</param>
    /// <param name="postTrace">The post-synaptic trace: <see cref="NumPost"/> values.</param>
    /// <param name="wMin">The lower bound of an updated weight; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of an updated weight; <see langword="null"/> for none.</param>
    public void UpdateOnPreInPlace(Span<T> weights, BitSpikes preSpikes, ReadOnlySpan<T> postTrace, T? wMin = null, T? wMax = null)
    {
        ArgumentNullException.ThrowIfNull(preSpikes);
        var bounds = CheckInPlaceUpdate(weights, preSpikes.Length, postTrace, wMin, wMax, onPre: true);
        RunUpdate(weights, weights, preSpikes, postTrace, bounds, onPre: true);
    }

    /// <summary>
    /// The in-place form of <c>UpdateOnPost</c>, for simulation loops: in <paramref name="weights"/>, every
    /// stored synapse of an active post-synaptic neuron gets <c>w += preTrace[pre]</c>, and each updated slot
    /// is then clipped to <c>[wMin, wMax]</c>; slots of silent neurons are not read or written (see
    /// <see cref="UpdateOnPreInPlace(Span{T}, ReadOnlySpan{bool}, ReadOnlySpan{T}, T?, T?)"/> for how this
    /// differs from the functional form's clip of every slot). Allocates
    /// nothing once the column mirror exists (for <see cref="FixedPostNumConn{T}"/>, whose post ids are the
    /// indices, the first call builds it).
    /// </summary>
    /// <remarks>
    /// Only this matrix's structure is used, as for <see cref="UpdateOnPreInPlace(Span{T}, ReadOnlySpan{bool}, ReadOnlySpan{T}, T?, T?)"/>,
    /// which also says how products see the new values.
    /// </remarks>
    /// <param name="weights">The caller's weights in the layout of <see cref="Data"/>: <see cref="Nse"/> values, row-major. It must not overlap the trace.</param>
    /// <param name="preTrace">The pre-synaptic trace: <see cref="NumPre"/> values.</param>
    /// <param name="postSpikes">Which post-synaptic neurons fired: <see cref="NumPost"/> entries.</param>
    /// <param name="wMin">The lower bound of an updated weight; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of an updated weight; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A length is wrong, <paramref name="weights"/> overlaps <paramref name="preTrace"/>, a bound is NaN or <paramref name="wMin"/> exceeds <paramref name="wMax"/>; nothing is changed.</exception>
    public void UpdateOnPostInPlace(Span<T> weights, ReadOnlySpan<T> preTrace, ReadOnlySpan<bool> postSpikes, T? wMin = null, T? wMax = null)
    {
        var bounds = CheckInPlaceUpdate(weights, postSpikes.Length, preTrace, wMin, wMax, onPre: false);
        RunUpdate(weights, weights, postSpikes, preTrace, bounds, onPre: false);
    }

    /// <summary>
    /// <see cref="UpdateOnPostInPlace(Span{T}, ReadOnlySpan{T}, ReadOnlySpan{bool}, T?, T?)"/> with bit-packed
    /// spikes (<see cref="NumPost"/> of them).
    /// </summary>
    /// <param name="weights">The caller's weights in the layout of <see cref="Data"/>: <see cref="Nse"/> values, row-major. It must not overlap the trace.</param>
    /// <param name="preTrace">The pre-synaptic trace: <see cref="NumPre"/> values.</param>
    /// <param name="postSpikes">Which post-synaptic neurons fired: <see cref="NumPost"/> entries.</param>
    /// <param name="wMin">The lower bound of an updated weight; <see langword="null"/> for none.</param>
    /// <param name="wMax">The upper bound of an updated weight; <see langword="null"/> for none.</param>
    public void UpdateOnPostInPlace(Span<T> weights, ReadOnlySpan<T> preTrace, BitSpikes postSpikes, T? wMin = null, T? wMax = null)
    {
        ArgumentNullException.ThrowIfNull(postSpikes);
        var bounds = CheckInPlaceUpdate(weights, postSpikes.Length, preTrace, wMin, wMax, onPre: false);
        RunUpdate(weights, weights, postSpikes, preTrace, bounds, onPre: false);
    }

    /// <summary>
    /// Checks the spike and trace lengths of an update and returns its bounds: <paramref name="onPre"/>
    /// means pre-synaptic spikes with a post-synaptic trace, else the reverse.
    /// </summary>
    private protected WeightBounds<T> CheckUpdate(int spikesLength, int traceLength, T? wMin, T? wMax, bool onPre)
    {
        const string pre = "NumPre, the pre-synaptic neurons";
        const string post = "NumPost, the post-synaptic neurons";
        if (onPre)
        {
            ConnValidation.RequireLength(spikesLength, NumPre, "preSpikes", pre);
            ConnValidation.RequireLength(traceLength, NumPost, "postTrace", post);
        }
        else
        {
            ConnValidation.RequireLength(traceLength, NumPre, "preTrace", pre);
            ConnValidation.RequireLength(spikesLength, NumPost, "postSpikes", post);
        }

        return WeightBounds<T>.Create(wMin, wMax);
    }

    /// <summary>
    /// The buffers a functional update starts from (see <see cref="FunctionalUpdate{T}"/>): a homogeneous matrix
    /// has no per-synapse values to change, and a lazy chain is evaluated (its captured variables read now).
    /// </summary>
    private protected FunctionalUpdate<T> StartLearning(string operation, WeightBounds<T> bounds)
    {
        if (IsHomogeneous)
        {
            throw new InvalidOperationException(
                $"{operation} needs one weight per synapse, but this matrix is homogeneous: a homogeneous matrix has one shared weight " +
                $"for all {Nse} synapses, so no synapse can change on its own; build it with per-synapse values (Nse = {Nse} of them, " +
                "e.g. WithData) to let it learn.");
        }

        return FunctionalUpdate<T>.Start(this, bounds);
    }

    /// <summary>Updates the active neurons' slots of <paramref name="weights"/> from <paramref name="source"/> (the same span in place).</summary>
    private protected unsafe void RunUpdate(ReadOnlySpan<T> source, Span<T> weights, ReadOnlySpan<bool> spikes, ReadOnlySpan<T> trace, WeightBounds<T> bounds, bool onPre)
    {
        fixed (bool* active = spikes)
        {
            RunUpdate(new BoolSource((byte*)active, spikes.Length), source, weights, trace, bounds, onPre);
        }
    }

    /// <summary>Updates the active neurons' slots of <paramref name="weights"/> from <paramref name="source"/> (the same span in place).</summary>
    private protected unsafe void RunUpdate(ReadOnlySpan<T> source, Span<T> weights, BitSpikes spikes, ReadOnlySpan<T> trace, WeightBounds<T> bounds, bool onPre)
    {
        fixed (ulong* words = spikes.Words)
        {
            RunUpdate(new BitSource(words, spikes.Words.Length), source, weights, trace, bounds, onPre);
        }
    }

    private WeightBounds<T> CheckInPlaceUpdate(Span<T> weights, int spikesLength, ReadOnlySpan<T> trace, T? wMin, T? wMax, bool onPre)
    {
        ConnValidation.RequireLength(weights.Length, Nse, nameof(weights), "Nse, the stored slots, in the layout of Data");
        var bounds = CheckUpdate(spikesLength, trace.Length, wMin, wMax, onPre);
        ConnValidation.RequireNoOverlap(trace, weights, onPre ? "postTrace" : "preTrace", nameof(weights));
        return bounds;
    }

    /// <summary>
    /// Spikes that index the stored rows (pre spikes on FixedPost, post spikes on FixedPre) update whole
    /// rows; the others update mirror columns.
    /// </summary>
    private unsafe void RunUpdate<TSource>(TSource active, ReadOnlySpan<T> source, Span<T> weights, ReadOnlySpan<T> trace, WeightBounds<T> bounds, bool onPre)
        where TSource : struct, IActiveSource
    {
        bool rowScan = (Kind == FixedNumConnKind.FixedPost) == onPre;
        fixed (T* from = source)
        fixed (T* w = weights)
        fixed (T* x = trace)
        {
            if (rowScan)
            {
                fixed (int* indices = Indices.Span)
                {
                    PlasticityKernel.Run(active, new RowUpdate<T>(from, w, indices, NConn, x, bounds));
                }
            }
            else
            {
                var mirror = Structure.Mirror;
                fixed (int* indptr = mirror.Indptr)
                fixed (int* perm = mirror.Perm)
                fixed (int* rowOfSlot = mirror.RowOfSlot)
                {
                    PlasticityKernel.Run(active, new ColumnUpdate<T>(from, w, indptr, perm, rowOfSlot, x, bounds));
                }
            }
        }
    }
}
