using System.Numerics;
using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>One projection's delivery, whatever its element type.</summary>
internal abstract unsafe partial class ProjectionRuntime : IDisposable
{
    /// <summary>Room a thread's spike list needs for this projection: every pre-synaptic neuron plus the prefetch copies.</summary>
    public abstract int ScratchLength { get; }

    /// <summary>
    /// Delivers, at step <paramref name="step"/>, the spikes due then, into <paramref name="thread"/>'s block
    /// of the target field (or of its delay ring); <paramref name="scratch"/> is the thread's spike list.
    /// </summary>
    public abstract void Deliver(long step, int thread, int* scratch);

    /// <summary>Compiles delivery before a run (its first step would otherwise spend its time in the JIT), delivering nothing.</summary>
    public abstract void Prepare(int* scratch);

    public abstract void Dispose();
}

/// <summary>
/// A projection from a view of one population into a state field of a view of another. A spike of step
/// <c>s</c> reaches its targets before the update of step <c>s + 1 + d</c>, where <c>d</c> is the
/// projection's delay in steps, or each slot's with per-synapse delays; spikes before the step the projection
/// was connected in are not delivered.
/// </summary>
internal sealed unsafe partial class ProjectionRuntime<T> : ProjectionRuntime
    where T : unmanaged, INumberBase<T>
{
    private readonly PopulationRuntime _pre;
    private readonly int _preStart;
    private readonly int _preCount;
    private readonly PopulationRuntime _post;
    private readonly int _postStart;
    private readonly int _stateIndex;
    private readonly DeliveryLayout<T> _layout;
    private readonly int _delay;
    private readonly DendriticRing<T>? _ring;
    private long _firstSourceStep;

    /// <summary>A projection with one delay of <paramref name="delay"/> steps, or per-synapse delays through <paramref name="ring"/>.</summary>
    public ProjectionRuntime(
        PopulationView pre, PopulationView post, int stateIndex, DeliveryLayout<T> layout, int delay, DendriticRing<T>? ring, long firstSourceStep)
    {
        _pre = pre.Runtime;
        _preStart = pre.Start;
        _preCount = pre.Count;
        _post = post.Runtime;
        _postStart = post.Start;
        _stateIndex = stateIndex;
        _layout = layout;
        _delay = delay;
        _ring = ring;
        _firstSourceStep = firstSourceStep;
    }

    public override int ScratchLength => _preCount + DeliveryKernels.ListSlack;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Deliver(long step, int thread, int* scratch)
    {
        long source = step - 1 - _delay;
        if (source < _firstSourceStep)
        {
            return;
        }

        int count = _pre.History.Gather(source, _preStart, _preStart + _preCount, scratch);
        if (count == 0)
        {
            return;
        }

        DeliveryKernels.CopyLastRow(scratch, count);
        if (_layout.Weights is null)
        {
            Deliver(scratch, count, step, thread, new OneWeight<T>(_layout.Weight));
        }
        else
        {
            Deliver(scratch, count, step, thread, new PerSlotWeights<T>(_layout.Weights));
        }
    }

    public override void Prepare(int* scratch)
    {
        Deliver(_firstSourceStep, 0, scratch);       // its source step is before the first one delivered: returns at once
        _pre.History.Gather(_firstSourceStep, 0, 0, scratch);
        if (_layout.Weights is null)
        {
            Deliver(scratch, 0, 0, 0, new OneWeight<T>(_layout.Weight));
        }
        else
        {
            Deliver(scratch, 0, 0, 0, new PerSlotWeights<T>(_layout.Weights));
        }
    }

    public override void Dispose() => _layout.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Deliver<TWeights>(int* rows, int count, long step, int thread, TWeights weights)
        where TWeights : struct, ISlotWeights<T>
    {
        if (_layout.HasWholeRows)
        {
            Deliver(rows, count, step, new WholeRows(_layout.RowLength), weights);
        }
        else
        {
            Deliver(rows, count, step, new SplitParts(_layout.Bounds, _layout.Threads, thread - _layout.FirstBlock), weights);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Deliver<TParts, TWeights>(int* rows, int count, long step, TParts parts, TWeights weights)
        where TParts : struct, IRowParts
        where TWeights : struct, ISlotWeights<T>
    {
        if (_ring is null)
        {
            DeliveryKernels.Direct(rows, count, _layout.Targets, parts, (T*)_post.Field(_stateIndex) + _postStart, weights);
        }
        else
        {
            DeliveryKernels.Delayed(
                rows, count, _layout.Targets, _layout.Delays, parts, _ring.Rows + _postStart, (int)(step % _ring.Depth), _ring.Depth, _ring.Stride, weights);
        }
    }
}
