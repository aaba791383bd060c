using Spectre.Console;

namespace BrainEvent.Cli.Tests;

/// <summary>A non-interactive console that records what the commands print, as in CI with output redirected.</summary>
internal sealed class TestConsole
{
    private readonly StringWriter _writer = new();

    public TestConsole() =>
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });

    public IAnsiConsole Console { get; }

    public string Output => _writer.ToString();
}
