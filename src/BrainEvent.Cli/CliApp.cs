using BrainEvent.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli;

/// <summary>The <c>brainevent</c> command line: <c>simulate</c> and <c>bench</c>.</summary>
internal static class CliApp
{
    /// <summary>The configured application, writing to <paramref name="console"/> (the terminal when null).</summary>
    public static CommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("brainevent");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription("Simulate the COBA network of Vogels & Abbott (2005) as in Brette et al. (2007): 4000 * scale LIF neurons, 80 random targets each.")
                .WithExample("simulate", "--duration", "10", "--scale", "1", "--json", "out/summary.json");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("A quick timing of the core products on this machine (not the BenchmarkDotNet suite).")
                .WithExample("bench", "--sizes", "4000,400000");
        });
        return app;
    }
}
