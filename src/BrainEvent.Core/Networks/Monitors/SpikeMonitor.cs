using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// Every spike of a population view from the step it was created on: spike <c>i</c> was fired by neuron
/// <c>Neurons[i]</c> (its index within the view) in step <c>Steps[i]</c> (the step that advanced time from
/// <c>Steps[i] * Dt</c> to <c>(Steps[i] + 1) * Dt</c>), ordered by step, then neuron. Created by
/// <see cref="Network.RecordSpikes"/>; the lists grow after each run.
/// </summary>
public sealed partial class SpikeMonitor : IStepRecorder
{
    private readonly PopulationRuntime _population;
    private readonly SpikeRecords[] _records;
    private readonly GrowingList<int> _steps = new();
    private readonly GrowingList<int> _neurons = new();
    private readonly int[] _counts;

    internal SpikeMonitor(PopulationView view, int threads)
    {
        View = view;
        _population = view.Runtime;
        _records = new SpikeRecords[threads];
        for (int t = 0; t < threads; t++)
        {
            _records[t] = new SpikeRecords();
        }

        _counts = new int[view.Count];
        CountsPerNeuron = new ReadOnlyCollection<int>(_counts);
    }

    /// <summary>The recorded view.</summary>
    public PopulationView View { get; }

    /// <summary>The step of each spike.</summary>
    public IReadOnlyList<int> Steps => _steps;

    /// <summary>The neuron of each spike, as its index within <see cref="View"/>.</summary>
    public IReadOnlyList<int> Neurons => _neurons;

    /// <summary>The number of spikes of each neuron of <see cref="View"/>.</summary>
    public IReadOnlyList<int> CountsPerNeuron { get; }

    /// <summary>The number of spikes recorded.</summary>
    public int Count => _steps.Count;

    void IStepRecorder.BeginRun(long firstStep, int steps)
    {
        foreach (var records in _records)
        {
            records.Clear();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void IStepRecorder.Record(long step, int thread)
    {
        int from = View.Start;
        var records = _records[thread];
        foreach (int id in _population.History.Within(step, thread, from, from + View.Count))
        {
            records.Add((int)step, id - from);
            _counts[id - from]++;
        }
    }

    /// <summary>Merges the threads' records by step; within a step thread order is neuron order.</summary>
    void IStepRecorder.EndRun(long firstStep, int stepsDone)
    {
        long total = _records.Sum(r => r.Count);
        _steps.Reserve(total);
        _neurons.Reserve(total);
        var next = new long[_records.Length];
        for (long written = 0; written < total; written++)
        {
            int pick = -1;
            int pickStep = int.MaxValue;
            for (int t = 0; t < _records.Length; t++)
            {
                if (next[t] < _records[t].Count && _records[t][next[t]].Step < pickStep)
                {
                    pick = t;
                    pickStep = _records[t][next[t]].Step;
                }
            }

            var (step, neuron) = _records[pick][next[pick]++];
            _steps.Add(step);
            _neurons.Add(neuron);
        }
    }
}
