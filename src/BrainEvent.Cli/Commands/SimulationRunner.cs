using BrainEvent.Cli.Output;
using BrainEvent.Cli.Simulation;
using Spectre.Console;

namespace BrainEvent.Cli.Commands;

/// <summary>
/// Everything <c>brainevent simulate</c> does, callable in-process: build (and restore a checkpoint), run with a
/// progress display, print the summary table, write the plots and the JSON summary. Under <c>mpirun</c> every rank
/// runs its part and rank 0 alone prints and writes.
/// </summary>
internal static class SimulationRunner
{
    public static SimulationResult Run(SimulateSettings settings, IAnsiConsole console)
    {
        var options = settings.ToOptions();
        if (!MpiRanks.IsReporter)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        }

        if (options.Ranks > 1)
        {
            console.MarkupLineInterpolated($"distributed over {options.Ranks} MPI ranks");
        }

        console.MarkupLineInterpolated(
            $"[bold]{options.Model.Name.ToUpperInvariant()}[/] network: {options.Neurons:N0} neurons ({options.Excitatory:N0} E, {options.Inhibitory:N0} I), {EiModel.TargetsPerNeuron} targets each, delay {options.DelayMs:0.###} ms, {options.DurationSeconds:0.###} s simulated, {options.Threads} thread(s)");
        foreach (var (name, value) in options.Settings)
        {
            console.MarkupLineInterpolated($"  {name} = {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        using var network = EiNetwork.Build(options);
        console.MarkupLineInterpolated($"connectivity built in {network.BuildSeconds:F2} s");
        if (options.ResumePath is { } resumed)
        {
            console.MarkupLineInterpolated($"resumed from {resumed}");
        }

        var result = RunWithProgress(network, options, console, settings.Out);
        if (!MpiRanks.IsReporter)
        {
            return result;
        }

        console.Write(SummaryTable.Create(result));
        if (options.CheckpointSteps > 0)
        {
            console.MarkupLineInterpolated($"checkpoint: [link]{Path.Combine(settings.Out, SimulationOptions.CheckpointFile)}[/]");
        }

        var plots = Plots.Write(result, settings.Out);
        foreach (string plot in plots)
        {
            console.MarkupLineInterpolated($"wrote [link]{plot}[/]");
        }

        if (settings.Json is { } json)
        {
            JsonSummary.Write(result, json);
            console.MarkupLineInterpolated($"wrote [link]{json}[/]");
        }

        return result;
    }

    /// <summary>
    /// A live progress bar on an interactive terminal; otherwise (output redirected, CI) a plain line at
    /// every 10% so logs stay readable.
    /// </summary>
    private static SimulationResult RunWithProgress(EiNetwork network, SimulationOptions options, IAnsiConsole console, string checkpointFolder)
    {
        int steps = options.Steps;
        if (!console.Profile.Capabilities.Interactive)
        {
            int nextReport = 10;
            return network.Run(
                done =>
                {
                    int percent = (int)(100L * done / steps);
                    if (percent >= nextReport)
                    {
                        console.WriteLine($"  {percent,3}% ({done * SimulationOptions.DtMs / 1000.0:0.###} s of {options.DurationSeconds:0.###} s simulated)");
                        nextReport = (percent / 10 * 10) + 10;
                    }
                },
                checkpointFolder);
        }

        SimulationResult? result = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("simulating", maxValue: steps);
                result = network.Run(done => task.Value = done, checkpointFolder);
                task.Value = steps;
            });
        return result!;
    }
}
