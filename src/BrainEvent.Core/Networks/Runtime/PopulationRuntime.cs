using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Networks;

/// <summary>
/// One population's memory and its step, whatever the model: state fields (structure of arrays, each padded
/// to whole 64-neuron words), the refractory countdowns, this step's spike words and the spike history.
/// </summary>
/// <remarks>
/// On a rank of a distributed network the state, countdowns and spike words are those of its own neurons only,
/// <see cref="OwnFrom"/> onwards (the spike history still has room for every rank's spikes, which delivery reads).
/// The model's update sees them as a population of its own block; everything else indexes them by population
/// neuron through <see cref="Field"/>, so delivery, rings and monitors need not know where the block starts.
/// </remarks>
internal abstract unsafe partial class PopulationRuntime : IDisposable
{
    private readonly NativeBuffer _state;
    private readonly NativeBuffer _refractory;
    private readonly NativeBuffer _spikeWords;
    private readonly int _stateBytes;

    protected PopulationRuntime(Network owner, int index, int count, NeuronModelInfo info, ushort refractorySteps, int threads)
    {
        Owner = owner;
        Index = index;
        Count = count;
        Info = info;
        RefractorySteps = refractorySteps;
        Words = BitSpikes.WordCount(count);
        ElementSize = info.ElementType == typeof(double) ? sizeof(double) : sizeof(float);
        Blocks = new ThreadBlocks(Words, threads, owner.Ranks, owner.Rank);
        OwnFrom = Blocks.OwnFromNeuron;
        Stride = Blocks.OwnToNeuron - OwnFrom;
        OwnCount = Math.Max(0, Math.Min(count, Blocks.OwnToNeuron) - OwnFrom);
        _stateBytes = checked(info.StateFieldCount * Stride * ElementSize);

        // At least one element each: a rank may own no word of a small population.
        _state = NativeBuffer.Allocate<byte>(Math.Max(_stateBytes, 1));
        _refractory = NativeBuffer.Allocate<ushort>(Math.Max(Stride, 1));
        _spikeWords = NativeBuffer.Allocate<ulong>(Math.Max(Stride / 64, 1));
        History = new SpikeHistory(Blocks, slots: 2);
    }

    /// <summary>The network this population belongs to.</summary>
    public Network Owner { get; }

    /// <summary>Its place among the network's populations (the order of <see cref="Network.AddPopulation{TModel}"/>).</summary>
    public int Index { get; }

    /// <summary>The number of neurons.</summary>
    public int Count { get; }

    /// <summary>The model's fields and refractory period.</summary>
    public NeuronModelInfo Info { get; }

    /// <summary>The countdown a neuron gets when it spikes.</summary>
    public ushort RefractorySteps { get; }

    /// <summary>The number of 64-neuron words.</summary>
    public int Words { get; }

    /// <summary>The first neuron whose state this process holds: 0 in one process, a rank's first neuron on a rank.</summary>
    public int OwnFrom { get; }

    /// <summary>The real neurons (not padding) whose state this process holds, from <see cref="OwnFrom"/> on.</summary>
    public int OwnCount { get; }

    /// <summary>Neurons per state field this process holds, padding included: its own words' neurons.</summary>
    public int Stride { get; }

    /// <summary>Bytes per state value: 4 (float) or 8 (double).</summary>
    public int ElementSize { get; }

    /// <summary>Each thread's words.</summary>
    public ThreadBlocks Blocks { get; }

    /// <summary>The spikes of the last steps.</summary>
    public SpikeHistory History { get; }

    /// <summary>The state this process holds, as the model sees it: neuron <see cref="OwnFrom"/> is its neuron 0.</summary>
    public NeuronState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(new Span<byte>(_state.Pointer, _stateBytes), Stride, ElementSize);
    }

    /// <summary>This step's spike words of the words this process holds (<see cref="Stride"/> / 64 of them).</summary>
    public ulong* SpikeWords => (ulong*)_spikeWords.Pointer;

    /// <summary>
    /// State field <paramref name="stateIndex"/> indexed by population neuron: element <c>i</c> is neuron
    /// <c>i</c>'s, for the neurons this process holds (<see cref="OwnFrom"/> to <see cref="OwnFrom"/> + <see cref="Stride"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte* Field(int stateIndex) => _state.Pointer + ((((long)stateIndex * Stride) - OwnFrom) * ElementSize);

    /// <summary>
    /// Steps <paramref name="thread"/>'s words with the model's <see cref="INeuronModel{TSelf}.Update"/>, which may list
    /// their spikes for step <paramref name="step"/> in the thread's part of the history itself (else they are listed
    /// from the spike words). Returns the number of spikes.
    /// </summary>
    // Optimised from the first call, as every method the step loop calls: its tier-0 version ran for the first runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Step(long step, int thread, double dt) => Step(step, thread, Blocks.FromWord(thread), Blocks.ToWord(thread), dt);

    /// <summary>
    /// Compiles the step before a run, which would otherwise spend its first step in the JIT: the model's update
    /// runs on no words, and thread 0 lists no spikes for <paramref name="nextStep"/>, whose slot that step rewrites.
    /// </summary>
    public void Prepare(long nextStep, double dt) => Step(nextStep, 0, OwnFrom / 64, OwnFrom / 64, dt);

    // Optimised from the first step and never inlined: inlined into the public Step by tiered PGO, it ran out of
    // inlining budget and called the listing, first unoptimised (seen in a profile: 2% of a run in List's two versions).
    // The model lists its spikes when it can: a separate pass over the words took 6% of a run at scale 1, most of
    // it mispredicted branches on which words have spikes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private int Step(long step, int thread, int fromWord, int toWord, double dt)
    {
        int ownWord = OwnFrom / 64;
        int* list = History.List(step, thread);
        int listed = -1;
        var args = new NeuronStepArgs(
            State, new Span<ushort>(_refractory.Pointer, Stride), RefractorySteps, new Span<ulong>(SpikeWords, Stride / 64),
            fromWord - ownWord, toWord - ownWord, OwnCount, dt, new Span<int>(list, (toWord - fromWord) * 64), OwnFrom, ref listed);
        Update(args);
        int spikes = listed >= 0 ? listed : ListFromWords(list, fromWord, toWord);
        History.SetCount(step, thread, spikes);
        return spikes;
    }

    /// <summary>
    /// Lists the spikes of words [<paramref name="fromWord"/>, <paramref name="toWord"/>) into <paramref name="list"/>
    /// for a model whose update does not list them itself; returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ListFromWords(int* list, int fromWord, int toWord)
    {
        ulong* words = SpikeWords - (OwnFrom / 64);
        int spikes = 0;
        int word = fromWord;
        for (; word + 4 <= toWord; word += 4)
        {
            // Most words are silent (about 1 in 10 has a spike at 20 Hz): skip them four at a time.
            if (Vector256.Load(words + word) != Vector256<ulong>.Zero)
            {
                for (int w = word; w < word + 4; w++)
                {
                    spikes = List(words[w], w, list, spikes);
                }
            }
        }

        for (; word < toWord; word++)
        {
            spikes = List(words[word], word, list, spikes);
        }

        return spikes;
    }

    /// <summary>Appends the ids of the set bits of spike word <paramref name="word"/> to <paramref name="list"/>, which holds <paramref name="spikes"/>; returns the new count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int List(ulong bits, int word, int* list, int spikes)
    {
        while (bits != 0)
        {
            list[spikes++] = (word * 64) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
        }

        return spikes;
    }

    public void Dispose()
    {
        _state.Dispose();
        _refractory.Dispose();
        _spikeWords.Dispose();
        History.Dispose();
    }

    /// <summary>One call of the model's update.</summary>
    protected abstract void Update(in NeuronStepArgs args);
}

/// <summary>A population of <typeparamref name="TModel"/> neurons.</summary>
internal sealed class PopulationRuntime<TModel>(Network owner, int index, int count, ushort refractorySteps, int threads)
    : PopulationRuntime(owner, index, count, TModel.Info, refractorySteps, threads)
    where TModel : struct, INeuronModel<TModel>
{
    /// <summary>The shared values (its state fields are not used).</summary>
    public TModel Shared;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(in NeuronStepArgs args) => TModel.Update(in Shared, in args);
}
