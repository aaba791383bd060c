using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BrainEvent.Networks;

namespace BrainEvent.Generated;

/// <summary>
/// The loops every generated neuron update shares: the choice of vector width, the walk over 64-neuron words
/// (refractory and padding bits, the spike word, the refractory countdown) around a model's own
/// <see cref="ILaneStep{TLanes, T}"/>, and the per-neuron loop of models that could not be vectorised.
/// </summary>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class NeuronKernels
{
    /// <summary>Runs <typeparamref name="TModel"/>'s vector update at the widest width the machine accelerates: 512, 256, else scalar lanes.</summary>
    // Optimised from the first call, as every method between the step loop and RunLanes: a run calls them from its
    // first step, and their tier-0 versions (each lane constant made by a call) ran for the first hundreds of steps.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateLanes<TModel, T>(in TModel shared, in NeuronStepArgs args)
        where TModel : struct, ILaneNeuronModel<TModel, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (Vector512.IsHardwareAccelerated)
        {
            TModel.UpdateLanes<Lanes512<T>>(shared, args);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            TModel.UpdateLanes<Lanes256<T>>(shared, args);
        }
        else
        {
            TModel.UpdateLanes<ScalarLanes<T>>(shared, args);
        }
    }

    /// <summary>
    /// Steps the words of <paramref name="args"/>: per word, <typeparamref name="TStep"/> (made from <paramref name="shared"/>) on each vector of lanes with
    /// its refractory lanes and the lanes that may not spike (refractory, or at <c>args.Count</c> and beyond), then
    /// the word of spikes, the countdowns and, when the caller takes one, the list of spikes.
    /// </summary>
    /// <exception cref="ArgumentException">The word range, spike words, countdowns, spike list or count do not fit the state.</exception>
    // Optimised from the first call: a tier-0 version of this loop would run thousands of slow steps first. Never
    // inlined: inlined into its caller (as tiered PGO does, into PopulationRuntime.Update) it shares that method's
    // inlining budget, which then runs out before the lane operations, and each becomes a call (10x slower).
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static void RunLanes<TLanes, T, TStep, TModel>(in NeuronStepArgs args, in TModel shared)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TStep : struct, ILaneStep<TLanes, T>, ILaneStepFactory<TStep, TModel>, allows ref struct
    {
        Check(args);
        var step = TStep.Create(shared, args);
        var countdown = args.Refractory;
        var words = args.SpikeWords;
        var spiked = new SpikedNeurons(args);

        // Each word's spikes are taken one word late, after the next word's vectors: the branches on them (is there a
        // spike, one more?) then test a word whose long chain of arithmetic finished long before, and a mispredicted
        // one throws away only the few instructions fetched after it. Taken at once, a mispredicted branch waited for
        // the word's last vector and threw away every vector of the next word already in flight.
        ulong pending = 0;
        int pendingFirst = 0;
        for (int word = args.FromWord; word < args.ToWord; word++)
        {
            int first = word * 64;
            ulong spikes = first + 64 <= args.Count
                ? StepWord<TLanes, T, TStep>(ref step, countdown, first, real: ulong.MaxValue, padded: false)
                : StepWord<TLanes, T, TStep>(ref step, countdown, first, RealNeurons(word, args.Count), padded: true);
            words[word] = spikes;
            spiked.Add(countdown, pendingFirst, pending, args.RefractorySteps);
            (pending, pendingFirst) = (spikes, first);
        }

        spiked.Add(countdown, pendingFirst, pending, args.RefractorySteps);
        spiked.Report(args);
    }

    /// <summary>
    /// The vectors of the word from neuron <paramref name="first"/>: <paramref name="padded"/> is a constant at each
    /// call, so the words with no padding (all but the last) get a loop that never tests for it, where the blocked
    /// lanes are the refractory ones.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong StepWord<TLanes, T, TStep>(scoped ref TStep step, Span<ushort> countdown, int first, ulong real, bool padded)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TStep : struct, ILaneStep<TLanes, T>, allows ref struct
    {
        ulong spikes = 0;
        for (int lane = 0; lane < 64; lane += TLanes.Count)
        {
            // The refractory lanes from their countdowns, which it counts down in the same pass, so a step reads the
            // counts once. A span of exactly their count, so the JIT drops the bounds check: Check has checked the
            // countdowns against the word range; an unsigned offset, so it addresses them without sign-extending the
            // index first.
            var counts = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(countdown), (nuint)(uint)(first + lane)), TLanes.Count);
            var refractory = TLanes.CountDown(counts, 0);
            var blocked = padded ? TLanes.Or(refractory, TLanes.Not(TLanes.FromBits(real >> lane))) : refractory;
            spikes |= step.Step(first + lane, refractory, blocked) << lane;
        }

        return spikes;
    }

    /// <summary>The bits of word <paramref name="word"/> whose neurons are below <paramref name="count"/> (the others are padding).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RealNeurons(int word, int count)
    {
        int real = count - (word * 64);
        return real >= 64 ? ulong.MaxValue : real <= 0 ? 0 : (1UL << real) - 1;
    }

    /// <summary>The checks every update makes before touching memory, so a bad call fails whole, with the reason.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Check(in NeuronStepArgs args)
    {
        int stride = args.State.Stride;
        if (args.FromWord < 0 || args.FromWord > args.ToWord || args.ToWord > stride / 64)
        {
            throw new ArgumentException(
                $"The word range [{args.FromWord}, {args.ToWord}) is not within the state's {stride / 64} words.", nameof(args));
        }

        if (args.SpikeWords.Length < args.ToWord)
        {
            throw new ArgumentException($"SpikeWords has {args.SpikeWords.Length} words; the range needs {args.ToWord}.", nameof(args));
        }

        if (args.Refractory.Length < args.ToWord * 64)
        {
            throw new ArgumentException($"Refractory has {args.Refractory.Length} counts; the range needs {args.ToWord * 64}.", nameof(args));
        }

        long listed = (long)(args.ToWord - args.FromWord) * 64;
        if (args.CanListSpikes && args.SpikeIds.Length < listed)
        {
            throw new ArgumentException($"SpikeIds has room for {args.SpikeIds.Length} ids; the range needs {listed}.", nameof(args));
        }

        if (args.Count < 0 || args.Count > stride)
        {
            throw new ArgumentException($"Count {args.Count} is not within the state's stride of {stride} neurons.", nameof(args));
        }
    }
}
