using System.Numerics;
using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// Future input of one state field of one population, for projections with per-synapse delays (GeNN's
/// dendritic delay): <c>Depth</c> rows of the population's stride, row <c>s % Depth</c> holding
/// what arrives at step <c>s</c> (rows of the neurons this process holds, indexed by population neuron like
/// <see cref="PopulationRuntime.Field"/>). A spike's slot with delay <c>d</c> delivered at step <c>k</c> adds into
/// row <c>(k + d) % Depth</c>; at step <c>k</c>, after the projections, each thread adds row <c>k % Depth</c>
/// of its own block into the field and clears it.
/// </summary>
internal abstract partial class DendriticRing : IDisposable
{
    /// <summary>Adds step <paramref name="step"/>'s row into the field for <paramref name="thread"/>'s block, and clears it.</summary>
    public abstract void Drain(long step, int thread);

    /// <summary>Compiles <see cref="Drain"/> before a run, draining nothing.</summary>
    public abstract void Prepare();

    public abstract void Dispose();
}

/// <inheritdoc cref="DendriticRing"/>
internal sealed unsafe partial class DendriticRing<T> : DendriticRing
    where T : unmanaged, INumberBase<T>
{
    private readonly PopulationRuntime _population;
    private readonly int _stateIndex;
    private NativeBuffer _rows;

    public DendriticRing(PopulationRuntime population, int stateIndex, int depth)
    {
        _population = population;
        _stateIndex = stateIndex;
        _rows = NativeBuffer.Allocate<T>(Math.Max((long)depth * population.Stride, 1));
        Depth = depth;
    }

    /// <summary>The population whose field this ring feeds.</summary>
    public PopulationRuntime Population => _population;

    /// <summary>The state field it feeds.</summary>
    public int StateIndex => _stateIndex;

    /// <summary>The number of rows: one more than the longest delay delivered through it.</summary>
    public int Depth { get; private set; }

    /// <summary>Elements from one row to the next: the population's stride.</summary>
    public long Stride => _population.Stride;

    /// <summary>Row 0, indexed by population neuron: element <see cref="PopulationRuntime.OwnFrom"/> is its first.</summary>
    public T* Rows => (T*)_rows.Pointer - _population.OwnFrom;

    /// <summary>The rows as stored: <see cref="Depth"/> times <see cref="Stride"/> elements.</summary>
    public Span<T> Stored => new(_rows.Pointer, checked((int)(Depth * Stride)));

    /// <summary>
    /// Makes room for delays up to <paramref name="depth"/> - 1 steps; called between runs, with
    /// <paramref name="nextStep"/> the step about to run, so pending arrivals move to their rows in the deeper ring.
    /// </summary>
    public void EnsureDepth(int depth, long nextStep)
    {
        if (depth <= Depth)
        {
            return;
        }

        var rows = NativeBuffer.Allocate<T>(Math.Max((long)depth * Stride, 1));
        for (long step = nextStep; step < nextStep + Depth; step++)
        {
            Stored.Slice((int)(step % Depth * Stride), (int)Stride).CopyTo(new Span<T>((T*)rows.Pointer + (step % depth * Stride), (int)Stride));
        }

        _rows.Dispose();
        (_rows, Depth) = (rows, depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Drain(long step, int thread)
    {
        int from = _population.Blocks.FromNeuron(thread);
        Drain(step, from, _population.Blocks.ToNeuron(thread) - from);
    }

    public override void Prepare() => Drain(0, 0, 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Drain(long step, int from, int count)
    {
        T* field = (T*)_population.Field(_stateIndex) + from;
        T* row = Rows + (step % Depth * Stride) + from;
        int i = 0;
        for (; i + Vector<T>.Count <= count; i += Vector<T>.Count)
        {
            (Vector.Load(field + i) + Vector.Load(row + i)).Store(field + i);
            Vector<T>.Zero.Store(row + i);
        }

        for (; i < count; i++)
        {
            field[i] += row[i];
            row[i] = T.Zero;
        }
    }

    public override void Dispose() => _rows.Dispose();
}
