using System.Diagnostics;

namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The balanced network: <c>Ne = 80%</c> excitatory and <c>Ni</c> inhibitory neurons, each projecting to 80
/// random targets among all neurons (self-connections allowed, as with the benchmark's random connectivity),
/// as two <see cref="FixedPostNumConn{T}"/> matrices with homogeneous weights: <c>W_E</c> (Ne x N) and
/// <c>W_I</c> (Ni x N). Each step first delivers the previous step's spikes, <c>spikes_E @ W_E</c> and
/// <c>spikes_I @ W_I</c> through the library's event products, then updates every neuron
/// (<see cref="NeuronUpdate"/>); its spikes are delivered at the next step. The loop allocates nothing.
/// </summary>
internal sealed class EiNetwork : IDisposable
{
    /// <summary>Below this many neurons one thread updates them all: waking others costs more than it saves.</summary>
    public const int DefaultParallelThreshold = 32_768;

    /// <summary>When threads share the update, each claims chunks of this many 64-neuron words (4096 neurons).</summary>
    public const int DefaultWordsPerChunk = 64;

    private readonly SimulationOptions _options;
    private readonly FixedPostNumConn<float> _excitatory;
    private readonly FixedPostNumConn<float> _inhibitory;
    private readonly NeuronState _state;
    private readonly UpdateConstants _constants;
    private readonly PopulationSpikes _spikes;
    private readonly int _wordsPerChunk;
    private readonly ChunkRunner? _runner;

    private EiNetwork(
        SimulationOptions options, FixedPostNumConn<float> excitatory, FixedPostNumConn<float> inhibitory, double buildSeconds, int parallelThreshold, int wordsPerChunk)
    {
        _options = options;
        _excitatory = excitatory;
        _inhibitory = inhibitory;
        BuildSeconds = buildSeconds;
        _state = new NeuronState(options.Neurons, options.Model, Xoshiro256StarStar.Mix64(options.Seed + 3));
        _constants = new UpdateConstants(options.Model, SimulationOptions.DtMs);
        _spikes = new PopulationSpikes(options.Excitatory, options.Inhibitory);
        _wordsPerChunk = wordsPerChunk;
        int chunks = (_state.Words + wordsPerChunk - 1) / wordsPerChunk;
        _runner = options.Neurons >= parallelThreshold && options.Threads > 1 && chunks > 1
            ? new ChunkRunner(options.Threads - 1, chunks, UpdateChunk)
            : null;
    }

    public double BuildSeconds { get; }

    public long Synapses => (long)_excitatory.Nse + _inhibitory.Nse;

    /// <summary>
    /// Draws the connectivity (seeded from <see cref="SimulationOptions.Seed"/>) and the initial state. The
    /// neuron update uses <see cref="SimulationOptions.Threads"/> threads from <paramref name="parallelThreshold"/> neurons on,
    /// in chunks of <paramref name="wordsPerChunk"/> 64-neuron words.
    /// </summary>
    public static EiNetwork Build(
        SimulationOptions options, int parallelThreshold = DefaultParallelThreshold, int wordsPerChunk = DefaultWordsPerChunk)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        var model = options.Model;
        var excitatory = FixedPostNumConn<float>.Random(
            options.Excitatory, options.Neurons, NetworkModel.TargetsPerNeuron, model.ExcitatoryWeight, Xoshiro256StarStar.Mix64(options.Seed + 1));
        var inhibitory = FixedPostNumConn<float>.Random(
            options.Inhibitory, options.Neurons, NetworkModel.TargetsPerNeuron, model.InhibitoryWeight, Xoshiro256StarStar.Mix64(options.Seed + 2));
        return new EiNetwork(options, excitatory, inhibitory, clock.Elapsed.TotalSeconds, parallelThreshold, wordsPerChunk);
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

    public void Dispose() => _runner?.Dispose();

    private void UpdateNeurons()
    {
        if (_runner is null)
        {
            NeuronUpdate.Run(_options.Model, _state, _constants, 0, _state.Words);
        }
        else
        {
            _runner.Run();
        }
    }

    private void UpdateChunk(int chunk) =>
        NeuronUpdate.Run(_options.Model, _state, _constants, chunk * _wordsPerChunk, Math.Min((chunk + 1) * _wordsPerChunk, _state.Words));
}
