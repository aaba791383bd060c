using System.Diagnostics;
using BrainEvent.Kernels;

namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The balanced network: <c>Ne = 80%</c> excitatory and <c>Ni</c> inhibitory neurons, each projecting to 80
/// random targets among all neurons (self-connections allowed, as with the benchmark's random connectivity),
/// as two <see cref="FixedPostNumConn{T}"/> matrices with homogeneous weights: <c>W_E</c> (Ne x N) and
/// <c>W_I</c> (Ni x N). Each step first delivers the previous step's spikes, <c>spikes_E @ W_E</c> and
/// <c>spikes_I @ W_I</c> through the library's event products, then updates every neuron
/// (<see cref="NeuronUpdate"/>) on the library's thread pool; its spikes are delivered at the next step.
/// The loop allocates nothing.
/// </summary>
internal sealed class EiNetwork
{
    /// <summary>
    /// The update's cost of one 64-neuron word in the pool's chunking units (one per neuron): chunks of
    /// about 32K neurons, so below that one thread updates them all.
    /// </summary>
    public const int DefaultWordCost = 64;

    private readonly SimulationOptions _options;
    private readonly FixedPostNumConn<float> _excitatory;
    private readonly FixedPostNumConn<float> _inhibitory;
    private readonly NeuronState _state;
    private readonly UpdateConstants _constants;
    private readonly PopulationSpikes _spikes;
    private readonly int _wordCost;

    private EiNetwork(
        SimulationOptions options, FixedPostNumConn<float> excitatory, FixedPostNumConn<float> inhibitory, double buildSeconds, int wordCost)
    {
        _options = options;
        _excitatory = excitatory;
        _inhibitory = inhibitory;
        BuildSeconds = buildSeconds;
        _state = new NeuronState(options.Neurons, options.Model, Xoshiro256StarStar.Mix64(options.Seed + 3));
        _constants = new UpdateConstants(options.Model, SimulationOptions.DtMs);
        _spikes = new PopulationSpikes(options.Excitatory, options.Inhibitory);
        _wordCost = wordCost;
    }

    public double BuildSeconds { get; }

    public long Synapses => (long)_excitatory.Nse + _inhibitory.Nse;

    /// <summary>
    /// Draws the connectivity (seeded from <see cref="SimulationOptions.Seed"/>) and the initial state, and
    /// gives the library <see cref="SimulationOptions.Threads"/> threads. <paramref name="wordCost"/> sets the
    /// update's chunk size (tests raise it to cut even a small network into one-word chunks).
    /// </summary>
    public static EiNetwork Build(SimulationOptions options, int wordCost = DefaultWordCost)
    {
        options.Validate();
        BrainEventSettings.MaxDegreeOfParallelism = options.Threads;
        var clock = Stopwatch.StartNew();
        var model = options.Model;
        var excitatory = FixedPostNumConn<float>.Random(
            options.Excitatory, options.Neurons, NetworkModel.TargetsPerNeuron, model.ExcitatoryWeight, Xoshiro256StarStar.Mix64(options.Seed + 1));
        var inhibitory = FixedPostNumConn<float>.Random(
            options.Inhibitory, options.Neurons, NetworkModel.TargetsPerNeuron, model.InhibitoryWeight, Xoshiro256StarStar.Mix64(options.Seed + 2));
        return new EiNetwork(options, excitatory, inhibitory, clock.Elapsed.TotalSeconds, wordCost);
    }

    /// <summary>
    /// Runs <see cref="SimulationOptions.Steps"/> steps from the current state (a second call continues the
    /// first), calling <paramref name="progress"/> with the number of steps done about a hundred times. Time spent in the products and in the neuron update is measured separately, and so are the
    /// bytes the calling thread allocates in the loop (progress reports included).
    /// </summary>
    public SimulationResult Run(Action<int>? progress = null)
    {
        int steps = _options.Steps;
        int rasterWindow = (int)Math.Round(1000 / SimulationOptions.DtMs);
        var recorder = new SpikeRecorder(
            steps, rasterWindow, Math.Min(160, _options.Excitatory), Math.Min(40, _options.Inhibitory),
            (int)MathF.Round(_options.Model.RefractoryPeriod / SimulationOptions.DtMs));
        int reportEvery = Math.Max(1, steps / 100);
        var excitatoryInput = _state.ExcitatoryInput.AsSpan(0, _options.Neurons);
        var inhibitoryInput = _state.InhibitoryInput.AsSpan(0, _options.Neurons);

        long propagationTicks = 0, updateTicks = 0, excitatorySpikes = 0, inhibitorySpikes = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        for (int step = 0; step < steps; step++)
        {
            long t0 = Stopwatch.GetTimestamp();
            _excitatory.VecMat(_spikes.Excitatory, excitatoryInput);
            _inhibitory.VecMat(_spikes.Inhibitory, inhibitoryInput);
            long t1 = Stopwatch.GetTimestamp();
            UpdateNeurons();
            if (step % NeuronUpdate.FlushInterval == NeuronUpdate.FlushInterval - 1)
            {
                NeuronUpdate.FlushTiny(_state);
            }

            _spikes.Split(_state.Fired);
            recorder.Record(step, _spikes);
            long t2 = Stopwatch.GetTimestamp();

            propagationTicks += t1 - t0;
            updateTicks += t2 - t1;
            excitatorySpikes += recorder.ExcitatoryCounts[step];
            inhibitorySpikes += recorder.InhibitoryCounts[step];
            if ((step + 1) % reportEvery == 0)
            {
                progress?.Invoke(step + 1);
            }
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new SimulationResult(
            _options, Synapses, BuildSeconds, wall, updateTicks / (double)Stopwatch.Frequency, propagationTicks / (double)Stopwatch.Frequency,
            excitatorySpikes, inhibitorySpikes, allocated, recorder);
    }

    private void UpdateNeurons()
    {
        var job = new UpdateJob(this);
        KernelParallel.ForRows(ref job, _state.Words, _wordCost);
    }

    /// <summary>Updates words <c>[from, to)</c>; each word's 64 neurons are independent of every other word's.</summary>
    private readonly struct UpdateJob(EiNetwork network) : IRowRangeJob
    {
        public void Execute(int fromRow, int toRow) =>
            NeuronUpdate.Run(network._options.Model, network._state, network._constants, fromRow, toRow);
    }
}
