namespace BrainEvent.Cli.Simulation;

/// <summary>What to simulate: the model, the network's size, the run and what to record.</summary>
/// <param name="Model">The neuron model and weights, before <paramref name="Settings"/>.</param>
/// <param name="Scale">Neurons = 4000 * scale.</param>
/// <param name="DurationSeconds">Simulated time.</param>
/// <param name="Seed">Seeds the connectivity and the initial potentials.</param>
/// <param name="Threads">Threads of the network's steps and the library's kernels.</param>
/// <param name="Settings">The <c>--set</c> changes of the model's shared parameters and weights, applied in order.</param>
/// <param name="DelayMs">The delay of both projections, a whole number of steps.</param>
/// <param name="TraceNeurons">How many neurons' V to record for the trace plot (0: none).</param>
/// <param name="Stdp">Whether the excitatory synapses learn by pair-based STDP.</param>
/// <param name="CheckpointEverySeconds">Simulated seconds between checkpoints (0: none).</param>
/// <param name="ResumePath">A checkpoint of the same network to continue from, or null.</param>
/// <param name="Ranks">The MPI ranks the network is dealt to (1: this process alone).</param>
internal sealed record SimulationOptions(
    EiModel Model,
    double Scale,
    double DurationSeconds,
    ulong Seed,
    int Threads,
    IReadOnlyList<ParameterSetting> Settings,
    double DelayMs = 0,
    int TraceNeurons = 0,
    bool Stdp = false,
    double CheckpointEverySeconds = 0,
    string? ResumePath = null,
    int Ranks = 1)
{
    /// <summary>The file <c>--checkpoint-every</c> keeps in the <c>--out</c> folder.</summary>
    public const string CheckpointFile = "checkpoint.ckpt";

    /// <summary>The integration step, 0.1 ms.</summary>
    public const double DtMs = 0.1;

    /// <summary>The largest network: its 80% excitatory rows of 80 targets must fit in one array.</summary>
    public const int MaxNeurons = 25_000_000;

    /// <summary>The longest run.</summary>
    public const double MaxDurationSeconds = 1000;

    /// <summary>The longest delay in steps a projection takes.</summary>
    public const int MaxDelaySteps = ushort.MaxValue;

    /// <summary>The most neurons one trace plot shows.</summary>
    public const int MaxTraceNeurons = 50;

    public int Neurons => (int)Math.Round(EiModel.NeuronsPerScale * Scale);

    public int Excitatory => (int)Math.Round(Neurons * EiModel.ExcitatoryFraction);

    public int Inhibitory => Neurons - Excitatory;

    public int Steps => (int)Math.Round(DurationSeconds * 1000 / DtMs);

    /// <summary>Steps between checkpoints; 0 for none.</summary>
    public int CheckpointSteps => (int)Math.Round(CheckpointEverySeconds * 1000 / DtMs);

    /// <summary>Checks the ranges and the <c>--set</c> names; the message names the option.</summary>
    public void Validate()
    {
        double neurons = Math.Round(EiModel.NeuronsPerScale * Scale);
        if (!(neurons >= EiModel.TargetsPerNeuron && neurons <= MaxNeurons))
        {
            throw new ArgumentException(
                $"--scale must give between {EiModel.TargetsPerNeuron} (the targets per neuron) and {MaxNeurons} neurons (4000 * scale); got scale {Scale} = {neurons} neurons.",
                nameof(Scale));
        }

        if (!(DurationSeconds > 0 && DurationSeconds <= MaxDurationSeconds) || Steps < 1)
        {
            throw new ArgumentException(
                $"--duration must be at least one step ({DtMs} ms) and at most {MaxDurationSeconds} s; got {DurationSeconds} s.", nameof(DurationSeconds));
        }

        if (Threads < 1)
        {
            throw new ArgumentException($"--threads must be at least 1; got {Threads}.", nameof(Threads));
        }

        // As Network.Connect will check it, so that a bad delay is a usage error before anything is built.
        double delaySteps = DelayMs / DtMs;
        if (!(DelayMs >= 0) || Math.Abs(delaySteps - Math.Round(delaySteps)) > 1e-6 || Math.Round(delaySteps) > MaxDelaySteps)
        {
            throw new ArgumentException(
                $"--delay must be a whole number of steps ({DtMs} ms) from 0 to {MaxDelaySteps * DtMs} ms; got {DelayMs} ms.", nameof(DelayMs));
        }

        if (TraceNeurons < 0 || TraceNeurons > Math.Min(MaxTraceNeurons, Excitatory))
        {
            throw new ArgumentException(
                $"--trace must be from 0 to {Math.Min(MaxTraceNeurons, Excitatory)} neurons; got {TraceNeurons}.", nameof(TraceNeurons));
        }

        if (!(CheckpointEverySeconds >= 0 && CheckpointEverySeconds <= MaxDurationSeconds) || (CheckpointEverySeconds > 0 && CheckpointSteps < 1))
        {
            throw new ArgumentException(
                $"--checkpoint-every must be at least one step ({DtMs} ms) of simulated time and at most {MaxDurationSeconds} s, or 0 for none; got {CheckpointEverySeconds} s.",
                nameof(CheckpointEverySeconds));
        }

        if (ResumePath is not null && !File.Exists(ResumePath))
        {
            throw new ArgumentException($"--resume: there is no checkpoint file '{ResumePath}'.", nameof(ResumePath));
        }

        // The library refuses both on a distributed network; say so before MPI runs anything.
        if (Ranks > 1 && (Stdp || CheckpointEverySeconds > 0 || ResumePath is not null))
        {
            string option = Stdp ? "--stdp" : CheckpointEverySeconds > 0 ? "--checkpoint-every" : "--resume";
            throw new ArgumentException($"{option} is not supported on a network distributed over {Ranks} MPI ranks; run it in one process.", nameof(Ranks));
        }

        foreach (var setting in Settings)
        {
            if (!Model.ParameterNames.Contains(setting.Name))
            {
                string hint = Commands.NearestName.Find(setting.Name, Model.ParameterNames) is { } meant ? $"did you mean {meant}? It" : "it";
                throw new ArgumentException(
                    $"--set: the {Model.Name} model has no parameter '{setting.Name}'; {hint} has {string.Join(", ", Model.ParameterNames)}.", nameof(Settings));
            }
        }
    }
}
