using System.ComponentModel;
using System.Numerics;

namespace BrainEvent.Generated;

/// <summary>
/// A model's update of one vector of neurons, generated with its shared values already broadcast: what
/// <see cref="NeuronKernels.RunLanes{TLanes, T, TStep, TModel}"/> calls for every <c>TLanes.Count</c> neurons.
/// </summary>
/// <typeparam name="TLanes">The lanes.</typeparam>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ILaneStep<TLanes, T>
    where TLanes : struct, ILanes<TLanes, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>
    /// Loads neurons <c>[index, index + TLanes.Count)</c>, runs <c>Update</c>, keeps the
    /// <c>[UnlessRefractory]</c> fields of the <paramref name="refractory"/> lanes, tests <c>Threshold</c> on the
    /// lanes not <paramref name="blocked"/> (refractory or padding), runs <c>Reset</c> on those that spiked and
    /// stores the state.
    /// </summary>
    /// <remarks>
    /// <see cref="NeuronKernels.RunLanes{TLanes, T, TStep, TModel}"/> passes only indices of its checked word range, whose
    /// neurons are all within the state's fields, so a generated step loads and stores them unchecked
    /// (<see cref="ILanes{TSelf, T}.LoadUnchecked"/>).
    /// </remarks>
    /// <returns>The lanes that spiked as bits, lane 0 lowest (as <see cref="ILanes{TSelf, T}.MaskBits"/> gives them).</returns>
    // The lanes that may not spike rather than those that may: in every word but a population's last they are the
    // refractory lanes themselves, and the threshold takes them in one select (NaN on them) or one and-not, with no
    // negation first.
    ulong Step(int index, TLanes refractory, TLanes blocked);
}
