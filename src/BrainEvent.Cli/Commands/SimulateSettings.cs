using System.ComponentModel;
using BrainEvent.Cli.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Commands;

/// <summary>The options of <c>brainevent simulate</c>.</summary>
internal sealed class SimulateSettings : CommandSettings
{
    [CommandOption("--duration <SECONDS>")]
    [Description("Simulated time in seconds (dt = 0.1 ms).")]
    [DefaultValue(1.0)]
    public double Duration { get; init; } = 1.0;

    [CommandOption("--scale <SCALE>")]
    [Description("Network size: 4000 * scale neurons, 80% excitatory.")]
    [DefaultValue(1.0)]
    public double Scale { get; init; } = 1.0;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the connectivity and the initial potentials.")]
    [DefaultValue(42UL)]
    public ulong Seed { get; init; } = 42;

    [CommandOption("--threads <N>")]
    [Description("Threads for the neuron update and the library's kernels (default: all cores; more than the cores time-share them, with the same results).")]
    public int? Threads { get; init; }

    [CommandOption("--model <MODEL>")]
    [Description("coba (conductance-based, the default) or cuba (current-based).")]
    [DefaultValue("coba")]
    public string Model { get; init; } = "coba";

    [CommandOption("--out <DIR>")]
    [Description("Folder for raster.png and rate.png.")]
    [DefaultValue("out")]
    public string Out { get; init; } = "out";

    [CommandOption("--json <PATH>")]
    [Description("Also write a JSON summary here.")]
    public string? Json { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set a shared parameter of the model (e.g. VTh, TauM, I) or a weight (we, wi); repeatable, applied in order.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--delay <MS>")]
    [Description("Delay of both projections in ms, a whole number of steps (0.1 ms): a spike of step t arrives at step t + 1 + delay / dt.")]
    [DefaultValue(0.0)]
    public double Delay { get; init; }

    [CommandOption("--trace <N>")]
    [Description("Plot the membrane potential of the first N excitatory neurons to trace.png (at most 50).")]
    [DefaultValue(0)]
    public int Trace { get; init; }

    [CommandOption("--stdp")]
    [Description("The excitatory synapses learn by pair-based STDP (time constants 20 ms; steps of 1% and -1.05% of we, weights kept in [0, 2 we]); writes weights.png, their histogram before and after.")]
    public bool Stdp { get; init; }

    [CommandOption("--checkpoint-every <SECONDS>")]
    [Description("Save the run's state to checkpoint.ckpt in the --out folder every SECONDS of simulated time (and at the end).")]
    [DefaultValue(0.0)]
    public double CheckpointEvery { get; init; }

    [CommandOption("--resume <PATH>")]
    [Description("Continue from a checkpoint up to --duration; give the same network options as the run that saved it.")]
    public string? Resume { get; init; }

    /// <summary>The simulation these options ask for.</summary>
    /// <exception cref="ArgumentException">A <c>--set</c> is not NAME=VALUE.</exception>
    public SimulationOptions ToOptions() =>
        new(
            EiModel.Find(Model) ?? EiModel.Coba,
            Scale,
            Duration,
            Seed,
            Threads ?? Environment.ProcessorCount,
            [.. Set.Select(ParameterSetting.Parse)],
            Delay,
            Trace,
            Stdp,
            CheckpointEvery,
            Resume,
            MpiRanks.Count);

    public override ValidationResult Validate()
    {
        if (EiModel.Find(Model) is null)
        {
            return ValidationResult.Error($"--model must be coba or cuba; got '{Model}'.");
        }

        try
        {
            ToOptions().Validate();
        }
        catch (ArgumentException error)
        {
            return ValidationResult.Error(error.Message.Split(" (Parameter")[0]);
        }

        return ValidationResult.Success();
    }
}
