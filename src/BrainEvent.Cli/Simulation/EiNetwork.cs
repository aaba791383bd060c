using System.Diagnostics;
using BrainEvent.Networks;

namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The balanced network on <c>BrainEvent.Networks</c>: one population of 4000 x scale neurons of the model, the
/// first 80% excitatory, each neuron projecting to 80 random targets among all of them (self-connections allowed)
/// through two <see cref="FixedPostNumConn{T}"/> matrices with homogeneous weights, the excitatory ones into
/// <c>Ge</c> and the inhibitory ones into <c>Gi</c>, both with the run's delay; and the monitors the plots read.
/// A spike of step t with delay d arrives at step t + 1 + d. <see cref="Build{TModel}"/> is the one place the
/// network is put together.
/// </summary>
internal sealed class EiNetwork : IDisposable
{
    /// <summary>The neurons of each population the raster shows (or all of them in a smaller population).</summary>
    public const int RasterExcitatory = 160, RasterInhibitory = 40;

    /// <summary>The raster shows the last second.</summary>
    public const double RasterWindowMs = 1000;

    /// <summary>The rate is counted in bins of at least 1 ms and at most this many bins per run.</summary>
    public const int MaxRateBins = 1000;

    /// <summary>At most this many trace samples per neuron: longer runs sample V every few steps.</summary>
    public const int MaxTraceSamples = 20_000;

    // The state fields both models have.
    private const string Potential = "V", Excitatory = "Ge", Inhibitory = "Gi";

    private readonly Network _network;
    private readonly SimulationOptions _options;
    private readonly EiModel _model;
    private readonly SpikeMonitor _sampleExcitatory, _sampleInhibitory;
    private readonly RateMonitor _excitatory, _inhibitory;
    private readonly StateMonitor? _trace;
    private readonly int _binSteps;

    private EiNetwork(Network network, PopulationView all, SimulationOptions options, EiModel model, long synapses, double buildSeconds)
    {
        _network = network;
        _options = options;
        _model = model;
        Synapses = synapses;
        BuildSeconds = buildSeconds;
        int ne = options.Excitatory;
        _sampleExcitatory = network.RecordSpikes(all[..Math.Min(RasterExcitatory, ne)]);
        _sampleInhibitory = network.RecordSpikes(all[ne..(ne + Math.Min(RasterInhibitory, options.Inhibitory))]);
        _binSteps = Math.Max(10, (options.Steps + MaxRateBins - 1) / MaxRateBins);
        _excitatory = network.RecordRate(all[..ne], binMs: _binSteps * SimulationOptions.DtMs);
        _inhibitory = network.RecordRate(all[ne..], binMs: _binSteps * SimulationOptions.DtMs);
        if (options.TraceNeurons > 0)
        {
            int every = Math.Max(1, (options.Steps + MaxTraceSamples - 1) / MaxTraceSamples);
            _trace = network.RecordState(all, Potential, [.. Enumerable.Range(0, options.TraceNeurons)], every);
        }
    }

    public double BuildSeconds { get; }

    public long Synapses { get; }

    /// <summary>
    /// Checks <paramref name="options"/>, applies its <c>--set</c> values to the model, draws the connectivity and the
    /// initial state (seeded from <see cref="SimulationOptions.Seed"/>) and gives the library
    /// <see cref="SimulationOptions.Threads"/> threads.
    /// </summary>
    public static EiNetwork Build(SimulationOptions options)
    {
        options.Validate();
        return options.Model.With(options.Settings).Build(options);
    }

    /// <summary>
    /// The network of <paramref name="model"/>: connectivity from <c>Mix64(seed + 1)</c> (excitatory) and
    /// <c>Mix64(seed + 2)</c> (inhibitory), V from N(-55, 2) on stream 0 of <c>Mix64(seed + 3)</c>, as the
    /// CLI has always drawn them.
    /// </summary>
    public static EiNetwork Build<TModel>(SimulationOptions options, EiModel<TModel> model)
        where TModel : struct, INeuronModel<TModel>
    {
        BrainEventSettings.MaxDegreeOfParallelism = options.Threads;
        var clock = Stopwatch.StartNew();
        int neurons = options.Neurons, ne = options.Excitatory;
        var toAll = FixedPostNumConn<float>.Random(ne, neurons, EiModel.TargetsPerNeuron, model.ExcitatoryWeight, Xoshiro256StarStar.Mix64(options.Seed + 1));
        var fromInhibitory = FixedPostNumConn<float>.Random(
            options.Inhibitory, neurons, EiModel.TargetsPerNeuron, model.InhibitoryWeight, Xoshiro256StarStar.Mix64(options.Seed + 2));

        var network = new Network(new NetworkOptions { Dt = SimulationOptions.DtMs, Seed = options.Seed, Threads = options.Threads });
        try
        {
            var all = network.AddPopulation(neurons, model.Template);
            var random = Xoshiro256StarStar.ForStream(Xoshiro256StarStar.Mix64(options.Seed + 3), 0);
            foreach (ref float v in all.Variable(Potential))
            {
                v = (float)(EiModel.InitialMean + (EiModel.InitialStd * random.NextNormal()));
            }

            network.Connect(all[..ne], all, toAll, into: Excitatory, delay: options.DelayMs);
            network.Connect(all[ne..], all, fromInhibitory, into: Inhibitory, delay: options.DelayMs);
            return new EiNetwork(network, all, options, model, (long)toAll.Nse + fromInhibitory.Nse, clock.Elapsed.TotalSeconds);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs <see cref="SimulationOptions.Steps"/> steps, calling <paramref name="progress"/> with the number of
    /// steps done about a hundred times. Call it once: the monitors count from the network's first step.
    /// </summary>
    public SimulationResult Run(Action<int>? progress = null)
    {
        if (_network.Step != 0)
        {
            throw new InvalidOperationException("This network has run; build another one to run again.");
        }

        _network.Run(_options.Steps * SimulationOptions.DtMs, progress is null ? null : new StepProgress(progress));
        var t = _network.Timings;
        return new SimulationResult(
            _options, _model, Synapses, BuildSeconds, t.WallSeconds, t.UpdateSeconds + t.WaitSeconds, t.DeliverySeconds,
            _excitatory.SpikesPerBin.Sum(), _inhibitory.SpikesPerBin.Sum(), _network.AllocatedInLastRun, Record());
    }

    public void Dispose() => _network.Dispose();

    private Recordings Record()
    {
        int first = Math.Max(0, _options.Steps - (int)Math.Round(RasterWindowMs / SimulationOptions.DtMs));
        var steps = new List<int>();
        var rows = new List<int>();
        foreach (var (monitor, rowOffset) in new[] { (_sampleExcitatory, 0), (_sampleInhibitory, _sampleExcitatory.View.Count) })
        {
            for (int i = 0; i < monitor.Count; i++)
            {
                if (monitor.Steps[i] >= first)
                {
                    steps.Add(monitor.Steps[i]);
                    rows.Add(rowOffset + monitor.Neurons[i]);
                }
            }
        }

        return new Recordings(
            [.. steps], [.. rows], first, _sampleExcitatory.View.Count, _sampleInhibitory.View.Count, _binSteps,
            _excitatory.SpikesPerBin, _inhibitory.SpikesPerBin, _trace?.TimesMs ?? [], _trace?.Values ?? new float[0, 0]);
    }

    /// <summary>Hands the steps done to a callback, on the thread that called <see cref="Network.Run"/>.</summary>
    private sealed class StepProgress(Action<int> report) : IProgress<NetworkProgress>
    {
        public void Report(NetworkProgress value) => report((int)value.StepsDone);
    }
}
