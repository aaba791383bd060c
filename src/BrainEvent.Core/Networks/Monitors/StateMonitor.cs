using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// One state variable of chosen neurons of a view, sampled at the end of every step <c>k</c> with
/// <c>k % Every == 0</c> from the step it was created on: <c>Values[s, j]</c> is neuron <c>Neurons[j]</c>'s
/// value after step <c>k</c>, at time <c>TimesMs[s] = (k + 1) * Dt</c>. Created by
/// <see cref="Network.RecordState"/>; <see cref="Values"/> and <see cref="TimesMs"/> are new, longer arrays
/// after each run (double state is rounded to float). On a rank of a distributed network only the columns of
/// neurons it holds (<see cref="Population{TModel}.Owned"/>) are recorded, the others stay 0:
/// <see cref="MonitorGathering.GatherStates"/> gives every column.
/// </summary>
public sealed unsafe partial class StateMonitor : IStepRecorder
{
    private readonly PopulationRuntime _population;
    private readonly int _stateIndex;
    private readonly double _dt;
    private readonly (int Column, int Neuron)[][] _columnsOfThread;
    private long _runFirstStep;
    private long _firstSampleStep;
    private int _runFirstSample;

    internal StateMonitor(PopulationView view, int stateIndex, string variable, int[] neurons, int every, double dt, int threads)
    {
        View = view;
        Variable = variable;
        Neurons = Array.AsReadOnly(neurons);
        Every = every;
        _population = view.Runtime;
        _stateIndex = stateIndex;
        _dt = dt;
        var blocks = _population.Blocks;
        _columnsOfThread = new (int, int)[threads][];
        for (int t = 0; t < threads; t++)
        {
            int from = blocks.FromNeuron(t);
            int to = blocks.ToNeuron(t);
            _columnsOfThread[t] = neurons.Select((n, column) => (Column: column, Neuron: view.Start + n))
                .Where(c => c.Neuron >= from && c.Neuron < to).ToArray();
        }

        int ownFrom = _population.OwnFrom;
        OwnColumns = [.. Enumerable.Range(0, neurons.Length).Where(column => (uint)(view.Start + neurons[column] - ownFrom) < (uint)_population.OwnCount)];
    }

    /// <summary>The columns of <see cref="Values"/> this process records: those of the neurons it holds, ascending.</summary>
    internal int[] OwnColumns { get; }

    /// <summary>The view the neurons belong to.</summary>
    public PopulationView View { get; }

    /// <summary>The recorded state field.</summary>
    public string Variable { get; }

    /// <summary>The recorded neurons, as indices within <see cref="View"/>: column <c>j</c> of <see cref="Values"/> is <c>Neurons[j]</c>.</summary>
    public IReadOnlyList<int> Neurons { get; }

    /// <summary>Steps between samples.</summary>
    public int Every { get; }

    /// <summary>The samples so far: <c>Values[s, j]</c> for sample <c>s</c> and neuron <c>Neurons[j]</c>.</summary>
    public float[,] Values { get; private set; } = new float[0, 0];

    /// <summary>The time of each sample in ms: the end of the step it was taken after.</summary>
    public double[] TimesMs { get; private set; } = [];

    /// <summary>The number of samples.</summary>
    public int Samples => TimesMs.Length;

    void IStepRecorder.BeginRun(long firstStep, int steps)
    {
        _runFirstSample = Samples;
        _runFirstStep = firstStep;
        _firstSampleStep = (firstStep + Every - 1) / Every * Every;
        Resize(Samples + SamplesIn(steps));
        for (int s = _runFirstSample; s < Samples; s++)
        {
            TimesMs[s] = (_firstSampleStep + ((long)(s - _runFirstSample) * Every) + 1) * _dt;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void IStepRecorder.Record(long step, int thread)
    {
        if (step % Every != 0)
        {
            return;
        }

        int sample = _runFirstSample + (int)((step - _firstSampleStep) / Every);
        ref float row = ref Unsafe.Add(ref First(Values), (nint)sample * Neurons.Count);
        byte* field = _population.Field(_stateIndex);
        foreach (var (column, neuron) in _columnsOfThread[thread])
        {
            Unsafe.Add(ref row, column) = _population.ElementSize == sizeof(float) ? ((float*)field)[neuron] : (float)((double*)field)[neuron];
        }
    }

    void IStepRecorder.EndRun(long firstStep, int stepsDone) => Resize(_runFirstSample + SamplesIn(stepsDone));

    /// <summary>The number of sampled steps among the first <paramref name="steps"/> of the run.</summary>
    private int SamplesIn(int steps) =>
        _firstSampleStep >= _runFirstStep + steps ? 0 : (int)(((_runFirstStep + steps - 1 - _firstSampleStep) / Every) + 1);

    private static ref float First(float[,] values) => ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(values));

    private void Resize(int samples)
    {
        if (samples == Samples)
        {
            return;
        }

        var values = new float[samples, Neurons.Count];
        int kept = Math.Min(samples, Samples) * Neurons.Count;
        MemoryMarshal.CreateSpan(ref First(Values), kept).CopyTo(MemoryMarshal.CreateSpan(ref First(values), kept));
        var times = TimesMs;
        Array.Resize(ref times, samples);
        (Values, TimesMs) = (values, times);
    }
}
