using System.Numerics;
using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// A projection whose weights learn by a trace-based rule (<see cref="IPlasticityRule{T}"/>, e.g.
/// <see cref="PairStdp"/>). Brian2 runs a step's synaptic code after the step's spikes; here the step after
/// does, with its delivery: step <c>k + 1</c> does what Brian2 does at the end of step <c>k</c> (call it slot
/// <c>k</c>), in this order:
/// <list type="number">
/// <item>every post trace decays: <c>apost *= exp(-Dt / TauPost)</c>;</item>
/// <item>each pre spike arriving in slot <c>k</c> (spiked in step <c>k - d</c>), in ascending pre order, adds
/// each of its synapses' <c>w</c> into the target field, then <c>w = OnPre(w, apost)</c>;</item>
/// <item>each post neuron that spiked in step <c>k</c>: <c>apost += AMinus</c>, then each of its synapses
/// <c>w = OnPost(w, apre)</c> with the pre traces of slot <c>k</c>.</item>
/// </list>
/// The pre traces of slot <c>k</c> are made at the end of step <c>k</c> (as a recorder, after the updates):
/// <c>apre = apre exp(-Dt / TauPre)</c>, plus <c>APlus</c> for a spike of step <c>k - d</c>. They live in two
/// buffers by slot parity, so a step reads the last slot's while the owners of the pre neurons write the
/// next; one thread owns each post neuron's trace and every synapse into it (a column of the layout), so each
/// synapse sees the same operations in the same order on any number of threads.
/// </summary>
internal sealed unsafe partial class StdpProjectionRuntime<T, TRule> : ProjectionRuntime, IStepRecorder, IPlasticState<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TRule : struct, IPlasticityRule<T>
{
    private readonly PopulationRuntime _pre;
    private readonly int _preStart;
    private readonly int _preCount;
    private readonly PopulationRuntime _post;
    private readonly int _postStart;
    private readonly int _postCount;
    private readonly int _stateIndex;
    private readonly DeliveryLayout<T> _layout;
    private readonly PostColumns _columns;
    private readonly NativeBuffer _weights;
    private readonly NativeBuffer _preTraces;
    private readonly NativeBuffer _postTraces;
    private readonly int _delay;
    private long _firstSourceStep;
    private readonly T _preDecay;
    private readonly T _postDecay;
    private readonly T _aPlus;
    private readonly T _aMinus;
    private readonly TRule _rule;

    /// <summary>Takes ownership of <paramref name="layout"/>; its weights are copied, so the caller's matrix never changes.</summary>
    public StdpProjectionRuntime(
        PopulationView pre, PopulationView post, int stateIndex, DeliveryLayout<T> layout, int synapses, int delay, long firstSourceStep, TRule rule, double dt)
    {
        (_pre, _preStart, _preCount) = (pre.Runtime, pre.Start, pre.Count);
        (_post, _postStart, _postCount) = (post.Runtime, post.Start, post.Count);
        (_stateIndex, _layout, _delay, _firstSourceStep) = (stateIndex, layout, delay, firstSourceStep);
        Synapses = synapses;
        var traces = rule.Traces;
        _preDecay = T.CreateTruncating(Math.Exp(-dt / traces.TauPre));
        _postDecay = T.CreateTruncating(Math.Exp(-dt / traces.TauPost));
        _aPlus = T.CreateTruncating(traces.APlus);
        _aMinus = T.CreateTruncating(traces.AMinus);
        _rule = rule;
        _columns = PostColumns.Build(layout, synapses, post.Count);
        _weights = NativeBuffer.Allocate<T>(synapses);
        new ReadOnlySpan<T>(layout.Weights, synapses).CopyTo(new Span<T>(_weights.Pointer, synapses));
        _preTraces = NativeBuffer.Allocate<T>(2L * pre.Count);
        _postTraces = NativeBuffer.Allocate<T>(post.Count);
    }

    /// <summary>The number of synapses.</summary>
    public int Synapses { get; }

    /// <summary>The current weights in delivery order.</summary>
    public ReadOnlySpan<T> Weights => new(_weights.Pointer, Synapses);

    /// <summary>The pre traces of the last slot done (that of step <paramref name="nextStep"/> - 1).</summary>
    public ReadOnlySpan<T> PreTraces(long nextStep) => new(PreTraceBuffer(nextStep - 1), _preCount);

    /// <summary>The post traces as the last step left them.</summary>
    public ReadOnlySpan<T> PostTraces => new(_postTraces.Pointer, _postCount);

    public override int ScratchLength => _preCount + DeliveryKernels.ListSlack;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Deliver(long step, int thread, int* scratch)
    {
        long slot = step - 1;
        if (slot < _firstSourceStep)
        {
            return;
        }

        var blocks = _post.Blocks;
        int from = Math.Clamp(blocks.FromNeuron(thread) - _postStart, 0, _postCount);
        int to = Math.Clamp(blocks.ToNeuron(thread) - _postStart, 0, _postCount);
        T* postTraces = (T*)_postTraces.Pointer;
        Decay(postTraces + from, postTraces + from, to - from, _postDecay);

        long source = slot - _delay;
        if (source >= _firstSourceStep)
        {
            int count = _pre.History.Gather(source, _preStart, _preStart + _preCount, scratch);
            if (count > 0)
            {
                DeliveryKernels.CopyLastRow(scratch, count);
                OnPre(scratch, count, thread, postTraces);
            }
        }

        OnPost(_post.History.List(slot, thread), _post.History.Count(slot, thread), PreTraceBuffer(slot), postTraces);
    }

    /// <summary>Makes the pre traces of slot <paramref name="step"/> for <paramref name="thread"/>'s pre neurons.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Record(long step, int thread)
    {
        var blocks = _pre.Blocks;
        int from = Math.Clamp(blocks.FromNeuron(thread) - _preStart, 0, _preCount);
        int to = Math.Clamp(blocks.ToNeuron(thread) - _preStart, 0, _preCount);
        T* last = PreTraceBuffer(step - 1);
        T* next = PreTraceBuffer(step);
        Decay(last + from, next + from, to - from, _preDecay);

        long source = step - _delay;
        if (source < _firstSourceStep)
        {
            return;
        }

        int* spikes = _pre.History.List(source, thread);
        int count = _pre.History.Count(source, thread);
        for (int s = 0; s < count; s++)
        {
            int i = spikes[s] - _preStart;
            if ((uint)i < (uint)_preCount)
            {
                next[i] += _aPlus;
            }
        }
    }

    public void BeginRun(long firstStep, int steps)
    {
    }

    public void EndRun(long firstStep, int stepsDone)
    {
    }

    public override void Prepare(int* scratch)
    {
        Deliver(_firstSourceStep, 0, scratch);        // before the first slot: returns at once
        _pre.History.Gather(_firstSourceStep, 0, 0, scratch);
        OnPre(scratch, 0, 0, (T*)_postTraces.Pointer);
        OnPost(scratch, 0, PreTraceBuffer(0), (T*)_postTraces.Pointer);
    }

    public override void Dispose()
    {
        _layout.Dispose();
        _columns.Dispose();
        _weights.Dispose();
        _preTraces.Dispose();
        _postTraces.Dispose();
    }

    /// <summary>
    /// Delivers the arriving rows into this thread's targets, each synapse's weight before its update. Rows
    /// ahead are prefetched as delivery does (their split points, targets and weights); the list holds
    /// <c>2 LookAhead</c> copies of its last row past its end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnPre(int* rows, int count, int thread, T* postTraces)
    {
        var parts = new SplitParts(_layout.Bounds, _layout.Threads, thread);
        int* targets = _layout.Targets;
        T* weights = (T*)_weights.Pointer;
        T* field = (T*)_post.Field(_stateIndex) + _postStart;
        var rule = _rule;
        for (int r = 0; r < count; r++)
        {
            DeliveryKernels.PrefetchAhead<T, SplitParts, PerSlotWeights<T>>(rows, r, parts, targets, new PerSlotWeights<T>(weights));
            parts.Part(rows[r], out nint k, out nint end);
            for (; k < end; k++)
            {
                uint target = (uint)targets[k];
                T w = weights[k];
                field[target] += w;
                weights[k] = rule.OnPre(w, postTraces[target]);
            }
        }
    }

    /// <summary>Updates the synapses into this thread's post neurons that spiked (their ids in <paramref name="spikes"/>, ascending).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnPost(int* spikes, int count, T* preTraces, T* postTraces)
    {
        T* weights = (T*)_weights.Pointer;
        int* start = _columns.Start;
        var entries = _columns.Entries;
        var rule = _rule;
        for (int s = 0; s < count; s++)
        {
            int j = spikes[s] - _postStart;
            if ((uint)j >= (uint)_postCount)
            {
                continue;
            }

            postTraces[j] += _aMinus;
            for (int q = start[j]; q < start[j + 1]; q++)
            {
                var entry = entries[q];
                weights[entry.Slot] = rule.OnPost(weights[entry.Slot], preTraces[entry.Row]);
            }
        }
    }

    /// <summary><c>to[i] = from[i] * decay</c>, a vector at a time: the same rounding as one at a time, so as exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Decay(T* from, T* to, int count, T decay)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<T>(decay);
            for (; i + Vector<T>.Count <= count; i += Vector<T>.Count)
            {
                Vector.Store(Vector.Load(from + i) * factor, to + i);
            }
        }

        for (; i < count; i++)
        {
            to[i] = from[i] * decay;
        }
    }

    private T* PreTraceBuffer(long slot) => (T*)_preTraces.Pointer + ((slot & 1) * _preCount);
}
