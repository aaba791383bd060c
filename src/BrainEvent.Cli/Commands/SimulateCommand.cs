using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Commands;

/// <summary><c>brainevent simulate</c>: the COBA (or CUBA) benchmark network.</summary>
internal sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        SimulationRunner.Run(settings, console);
        return 0;
    }
}
