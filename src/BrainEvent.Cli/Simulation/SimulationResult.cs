namespace BrainEvent.Cli.Simulation;

/// <summary>The outcome of one run: sizes, timings and the recorded spikes.</summary>
internal sealed record SimulationResult(
    SimulationOptions Options,
    long Synapses,
    double BuildSeconds,
    double WallSeconds,
    double UpdateSeconds,
    double PropagationSeconds,
    long ExcitatorySpikes,
    long InhibitorySpikes,
    long LoopAllocatedBytes,
    SpikeRecorder Recorder)
{
    public int Steps => Options.Steps;

    public double SimulatedSeconds => Steps * SimulationOptions.DtMs / 1000.0;

    public double RateExcitatoryHz => ExcitatorySpikes / (Options.Excitatory * SimulatedSeconds);

    public double RateInhibitoryHz => InhibitorySpikes / (Options.Inhibitory * SimulatedSeconds);

    /// <summary>Spikes times targets: the synaptic events the products delivered.</summary>
    public long SynapticEvents => (ExcitatorySpikes + InhibitorySpikes) * NetworkModel.TargetsPerNeuron;

    public double EventsPerSecond => SynapticEvents / WallSeconds;

    public double SimulatedPerWallSecond => SimulatedSeconds / WallSeconds;
}
