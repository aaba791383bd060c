using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// The population rate of a view in bins of <see cref="BinMs"/> from the step it was created on: bin
/// <c>b</c>'s rate is its spikes divided by the view's neurons and the bin's duration in seconds. The last
/// bin may be partial (its rate is over the steps it has so far; a later run completes it). Created by
/// <see cref="Network.RecordRate"/>; <see cref="RatesHz"/> is a new array after each run.
/// </summary>
public sealed partial class RateMonitor : IStepRecorder
{
    /// <summary>Counts (128 bytes, two cache lines) between one thread's counts and the next's, and before the first.</summary>
    private const int PadCounts = 16;

    private readonly PopulationRuntime _population;
    private readonly int _binSteps;
    private readonly double _dt;
    private readonly int _threads;

    // Every thread's spike counts per bin of the run in one array (CountIndex): PadCounts before the first thread's
    // and between each thread's and the next's, so no two threads write one cache line (or an adjacent pair) every step.
    private long[] _counts = [];
    private readonly BinCursor[] _cursors;
    private int _countStride;
    private long _firstStep = -1;
    private long _stepsRecorded;
    private long _runFirstBin;

    internal RateMonitor(PopulationView view, double binMs, int binSteps, double dt, int threads)
    {
        View = view;
        BinMs = binMs;
        _population = view.Runtime;
        _binSteps = binSteps;
        _dt = dt;
        _threads = threads;
        _cursors = new BinCursor[threads];
    }

    /// <summary>The recorded view.</summary>
    public PopulationView View { get; }

    /// <summary>The width of a bin in ms.</summary>
    public double BinMs { get; }

    /// <summary>The rate in each bin, in Hz.</summary>
    public double[] RatesHz { get; private set; } = [];

    /// <summary>The number of spikes in each bin.</summary>
    public long[] SpikesPerBin { get; private set; } = [];

    void IStepRecorder.BeginRun(long firstStep, int steps)
    {
        if (_firstStep < 0)
        {
            _firstStep = firstStep;
        }

        _runFirstBin = (firstStep - _firstStep) / _binSteps;
        long bins = ((firstStep - _firstStep + steps - 1) / _binSteps) - _runFirstBin + 1;
        int stride = checked((int)bins + PadCounts);
        if (stride > _countStride)
        {
            _counts = new long[checked(((long)stride * _threads) + PadCounts)];
            _countStride = stride;
        }

        Array.Clear(_counts);
        Array.Clear(_cursors);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void IStepRecorder.Record(long step, int thread)
    {
        int inView = _population.History.Within(step, thread, View.Start, View.Start + View.Count).Length;
        ref var cursor = ref _cursors[thread];
        if (step >= cursor.NextBinStep)
        {
            // Once per bin: the division is as long as the rest of a step's recording.
            long bin = (step - _firstStep) / _binSteps;
            cursor = new BinCursor { Index = CountIndex(thread, bin - _runFirstBin), NextBinStep = _firstStep + ((bin + 1) * _binSteps) };
        }

        _counts[cursor.Index] += inView;
    }

    /// <summary>Where thread <paramref name="thread"/> counts the spikes of the run's bin <paramref name="bin"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long CountIndex(int thread, long bin) => PadCounts + ((long)thread * _countStride) + bin;

    void IStepRecorder.EndRun(long firstStep, int stepsDone)
    {
        _stepsRecorded += stepsDone;
        long bins = (_stepsRecorded + _binSteps - 1) / _binSteps;
        var spikes = new long[bins];
        SpikesPerBin.CopyTo(spikes, 0);
        for (long b = _runFirstBin; b < bins; b++)
        {
            for (int t = 0; t < _threads; t++)
            {
                spikes[b] += _counts[CountIndex(t, b - _runFirstBin)];
            }
        }

        var rates = new double[bins];
        for (long b = 0; b < bins; b++)
        {
            long steps = Math.Min(_binSteps, _stepsRecorded - (b * _binSteps));
            rates[b] = spikes[b] / (View.Count * steps * _dt / 1000.0);
        }

        (SpikesPerBin, RatesHz) = (spikes, rates);
    }

    /// <summary>
    /// Where a thread counts its spikes until step <see cref="NextBinStep"/>; alone on two cache lines, as each
    /// thread's counts are. A new run starts every cursor at step 0, so its first record places it.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct BinCursor
    {
        [FieldOffset(64)]
        public long Index;

        [FieldOffset(72)]
        public long NextBinStep;
    }
}
