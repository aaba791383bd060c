using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Commands;

/// <summary><c>brainevent simulate</c>: the COBA (or CUBA) benchmark network.</summary>
internal sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    /// <summary>
    /// After the settings' own checks and before <see cref="Execute"/>: can the outputs be written? The summary first,
    /// as checking the plots' folder creates it.
    /// </summary>
    public override ValidationResult Validate(CommandContext context, SimulateSettings settings)
    {
        string? problem = (settings.Json is { } json ? OutputPaths.CheckFile("--json", json) : null) ?? OutputPaths.CheckFolder("--out", settings.Out);
        return problem is null ? ValidationResult.Success() : ValidationResult.Error(problem);
    }

    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            SimulationRunner.Run(settings, console);
            return 0;
        }
        catch (Exception error) when (settings.Resume is not null && error is ArgumentException or InvalidDataException)
        {
            // A checkpoint of another network (other options), past --duration, or damaged: refused before any step ran.
            console.MarkupLineInterpolated($"[red]Error:[/] --resume {settings.Resume}: {error.Message.Split(" (Parameter")[0]}");
            return CliApp.UsageError;
        }
    }
}
