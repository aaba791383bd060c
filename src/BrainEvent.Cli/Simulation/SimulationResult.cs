namespace BrainEvent.Cli.Simulation;

/// <summary>The outcome of one run: sizes, timings and what was recorded.</summary>
/// <param name="Model">The model as run, <c>--set</c> applied.</param>
internal sealed record SimulationResult(
    SimulationOptions Options,
    EiModel Model,
    long Synapses,
    double BuildSeconds,
    double WallSeconds,
    double UpdateSeconds,
    double PropagationSeconds,
    long ExcitatorySpikes,
    long InhibitorySpikes,
    long LoopAllocatedBytes,
    Recordings Recordings)
{
    /// <summary>The step the run started from: 0, or that of the checkpoint it resumed from.</summary>
    public long FirstStep { get; init; }

    /// <summary>With <c>--stdp</c>, the excitatory weights when the run started (in the matrix's layout); else empty.</summary>
    public float[] WeightsBefore { get; init; } = [];

    /// <summary>With <c>--stdp</c>, the excitatory weights at the end; else empty.</summary>
    public float[] WeightsAfter { get; init; } = [];

    public int Steps => Options.Steps;

    public double SimulatedSeconds => Steps * SimulationOptions.DtMs / 1000.0;

    public double RateExcitatoryHz => ExcitatorySpikes / (Options.Excitatory * SimulatedSeconds);

    public double RateInhibitoryHz => InhibitorySpikes / (Options.Inhibitory * SimulatedSeconds);

    /// <summary>Spikes times targets: the synaptic events delivered.</summary>
    public long SynapticEvents => (ExcitatorySpikes + InhibitorySpikes) * EiModel.TargetsPerNeuron;

    public double EventsPerSecond => SynapticEvents / WallSeconds;

    public double SimulatedPerWallSecond => SimulatedSeconds / WallSeconds;
}

/// <summary>
/// What the plots show: the spikes of a sample (the first neurons of each population; the connectivity is random,
/// so any neurons are a fair sample) during the last second, each population's spikes per bin, and the traces.
/// </summary>
/// <param name="RasterSteps">The step of each sample spike in the window, in step order.</param>
/// <param name="RasterRows">Its sample row: the excitatory sample first, then the inhibitory one.</param>
/// <param name="FirstRasterStep">The window's first step.</param>
/// <param name="SampleExcitatory">Excitatory neurons in the sample.</param>
/// <param name="SampleInhibitory">Inhibitory neurons in the sample.</param>
/// <param name="BinSteps">Steps per bin of the spike counts.</param>
/// <param name="ExcitatoryPerBin">The excitatory spikes of each bin (the last bin may be partial).</param>
/// <param name="InhibitoryPerBin">The inhibitory spikes of each bin.</param>
/// <param name="TraceTimesMs">The times of the trace samples.</param>
/// <param name="TraceValues">V of the first excitatory neurons, <c>[sample, neuron]</c>, mV.</param>
internal sealed record Recordings(
    int[] RasterSteps,
    int[] RasterRows,
    int FirstRasterStep,
    int SampleExcitatory,
    int SampleInhibitory,
    int BinSteps,
    long[] ExcitatoryPerBin,
    long[] InhibitoryPerBin,
    double[] TraceTimesMs,
    float[,] TraceValues);
