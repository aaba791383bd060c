using BrainEvent.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli;

/// <summary>The <c>brainevent</c> command line: <c>simulate</c> and <c>bench</c>.</summary>
internal static class CliApp
{
    /// <summary>The exit code of a command line that asks for nothing runnable: a bad option, argument or value.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code of a run that failed after its command line was accepted.</summary>
    public const int Failure = 1;

    /// <summary>The settings of each command added in <see cref="Create"/>, whose options <see cref="UsageCheck"/> reads.</summary>
    private static readonly Dictionary<string, Type> SettingsOf = new(StringComparer.Ordinal)
    {
        ["simulate"] = typeof(SimulateSettings),
        ["bench"] = typeof(BenchSettings),
    };

    /// <summary>
    /// Runs the command line and returns its exit code: 0, <see cref="UsageError"/> or <see cref="Failure"/>.
    /// Output goes to <paramref name="console"/> and errors to <paramref name="errors"/> (the terminal and stderr when null).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, IAnsiConsole? console = null, IAnsiConsole? errors = null)
    {
        errors ??= AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (args.Count > 0 && SettingsOf.TryGetValue(args[0], out var settings) && UsageCheck.FindProblem(args[0], settings, args.Skip(1).ToList()) is { } problem)
        {
            errors.MarkupLineInterpolated($"[red]Error:[/] {problem}");
            return UsageError;
        }

        return Create(console, errors).Run(args);
    }

    private static CommandApp Create(IAnsiConsole? console, IAnsiConsole errors)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("brainevent");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            // Behind UsageCheck, should Spectre ever read a command line differently: an unknown option still fails.
            config.UseStrictParsing();
            config.SetExceptionHandler((exception, _) => Report(exception, errors));
            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription("Simulate the COBA network of Vogels & Abbott (2005) as in Brette et al. (2007): 4000 * scale LIF neurons, 80 random targets each.")
                .WithExample("simulate", "--duration", "10", "--scale", "1", "--json", "out/summary.json");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("A quick timing of the core products on this machine (not the BenchmarkDotNet suite).")
                .WithExample("bench", "--sizes", "4000,40000,400000");
        });
        return app;
    }

    /// <summary>
    /// Spectre.Console.Cli raises a <see cref="CommandRuntimeException"/> (parse errors included) for what the command line
    /// says, while parsing, binding and validating, before a command runs; anything else comes from the run itself.
    /// </summary>
    private static int Report(Exception exception, IAnsiConsole errors)
    {
        if (exception is CommandAppException { Pretty: { } pretty })
        {
            errors.Write(pretty);
        }
        else
        {
            errors.MarkupLineInterpolated($"[red]Error:[/] {exception.Message}");
        }

        return exception is CommandRuntimeException ? UsageError : Failure;
    }
}
