using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>The arguments of one <see cref="INeuronModel{TSelf}.Update"/> call: one step for a range of 64-neuron words of one population.</summary>
/// <param name="State">The population's state.</param>
/// <param name="Refractory">Per neuron (<c>State.Stride</c> of them): steps left in the refractory period; above 0 means refractory in this step.</param>
/// <param name="RefractorySteps">The count a neuron gets when it spikes: <c>round(RefractoryPeriod / dt) - 1</c>, or 0 without a refractory period.</param>
/// <param name="SpikeWords">The population's spike words for this step (<c>State.Stride / 64</c> of them); the call writes those of its range.</param>
/// <param name="FromWord">The first word of the range.</param>
/// <param name="ToWord">One past the last word.</param>
/// <param name="Count">The number of real neurons; padding neurons at or past it never spike.</param>
/// <param name="Dt">The time step in ms.</param>
/// <remarks>
/// The network also offers each call a list to write the range's spikes into (<see cref="CanListSpikes"/>): an
/// update that lists them as it finds them spares the network a second pass over the spike words. An update
/// that does not is still correct; the network then lists them from the words.
/// </remarks>
public readonly ref struct NeuronStepArgs(
    NeuronState State, Span<ushort> Refractory, ushort RefractorySteps, Span<ulong> SpikeWords, int FromWord, int ToWord, int Count, double Dt)
{
    private readonly ref int _spikeCount;

    /// <summary>
    /// The arguments of a call that may also list its spikes: the ids of the range's neurons that spike, ascending,
    /// into <paramref name="spikeIds"/> from its start, neuron <c>i</c> (of the state) as id <paramref name="firstSpikeId"/> + <c>i</c>,
    /// and how many into <paramref name="spikeCount"/> (through <see cref="SetSpikeCount"/>, which an update that
    /// lists none does not call, leaving it as it was).
    /// </summary>
    /// <param name="State">The population's state.</param>
    /// <param name="Refractory">Per neuron: steps left in the refractory period.</param>
    /// <param name="RefractorySteps">The count a neuron gets when it spikes.</param>
    /// <param name="SpikeWords">The population's spike words for this step.</param>
    /// <param name="FromWord">The first word of the range.</param>
    /// <param name="ToWord">One past the last word.</param>
    /// <param name="Count">The number of real neurons.</param>
    /// <param name="Dt">The time step in ms.</param>
    /// <param name="spikeIds">Room for the range's neurons: at least <c>(ToWord - FromWord) * 64</c> ids.</param>
    /// <param name="firstSpikeId">The id of the state's neuron 0 (a rank's or block's first neuron in its population).</param>
    /// <param name="spikeCount">Receives the number of ids listed.</param>
    public NeuronStepArgs(
        NeuronState State, Span<ushort> Refractory, ushort RefractorySteps, Span<ulong> SpikeWords, int FromWord, int ToWord, int Count, double Dt,
        Span<int> spikeIds, int firstSpikeId, ref int spikeCount)
        : this(State, Refractory, RefractorySteps, SpikeWords, FromWord, ToWord, Count, Dt)
    {
        SpikeIds = spikeIds;
        FirstSpikeId = firstSpikeId;
        _spikeCount = ref spikeCount;
    }

    /// <summary>The population's state.</summary>
    public NeuronState State { get; } = State;

    /// <summary>Per neuron: steps left in the refractory period; above 0 means refractory in this step.</summary>
    public Span<ushort> Refractory { get; } = Refractory;

    /// <summary>The count a neuron gets when it spikes.</summary>
    public ushort RefractorySteps { get; } = RefractorySteps;

    /// <summary>The population's spike words for this step.</summary>
    public Span<ulong> SpikeWords { get; } = SpikeWords;

    /// <summary>The first word of the range.</summary>
    public int FromWord { get; } = FromWord;

    /// <summary>One past the last word of the range.</summary>
    public int ToWord { get; } = ToWord;

    /// <summary>The number of real neurons.</summary>
    public int Count { get; } = Count;

    /// <summary>The time step in ms.</summary>
    public double Dt { get; } = Dt;

    /// <summary>Whether the caller takes the range's spikes as a list from the update (<see cref="SpikeIds"/>, <see cref="SetSpikeCount"/>).</summary>
    public bool CanListSpikes => !Unsafe.IsNullRef(ref _spikeCount);

    /// <summary>Where an update that lists its spikes writes their ids, ascending, from the start; empty unless <see cref="CanListSpikes"/>.</summary>
    public Span<int> SpikeIds { get; }

    /// <summary>The id of the state's neuron 0: neuron <c>i</c> is listed as <see cref="FirstSpikeId"/> + <c>i</c>.</summary>
    public int FirstSpikeId { get; }

    /// <summary>Tells the caller how many ids the update wrote to <see cref="SpikeIds"/>: the range's spikes, every one of them.</summary>
    /// <exception cref="InvalidOperationException">The caller takes no list (<see cref="CanListSpikes"/> is false).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or more than <see cref="SpikeIds"/> holds.</exception>
    // Inlined into the update that calls it, which runs optimised from the first step: a call to a method of its own
    // would run unoptimised at first, and the runtime's switch to its optimised version mid-run allocated on the step's thread.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetSpikeCount(int count)
    {
        if (!CanListSpikes || (uint)count > (uint)SpikeIds.Length)
        {
            ThrowBadSpikeCount(CanListSpikes, count, SpikeIds.Length);
        }

        _spikeCount = count;
    }

    [DoesNotReturn]
    private static void ThrowBadSpikeCount(bool canList, int count, int room)
    {
        if (!canList)
        {
            throw new InvalidOperationException("This call takes no spike list: CanListSpikes is false.");
        }

        throw new ArgumentOutOfRangeException(nameof(count), count, $"The count of listed spikes must be from 0 to the {room} ids SpikeIds holds.");
    }
}
