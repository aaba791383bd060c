using Spectre.Console;

namespace BrainEvent.Cli.Tests;

/// <summary>
/// Non-interactive consoles that record what the commands print and what they report as errors, as in CI with output
/// redirected.
/// </summary>
internal sealed class TestConsole
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public TestConsole()
    {
        Console = Create(_output);
        Errors = Create(_errors);

        // One line per message, so that tests can look for a whole message.
        Errors.Profile.Width = 1000;
    }

    public IAnsiConsole Console { get; }

    public IAnsiConsole Errors { get; }

    public string Output => _output.ToString();

    public string ErrorOutput => _errors.ToString();

    /// <summary>Runs the <c>brainevent</c> command line on these consoles and returns its exit code.</summary>
    public int Run(params string[] args) => CliApp.Run(args, Console, Errors);

    private static IAnsiConsole Create(StringWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
}
