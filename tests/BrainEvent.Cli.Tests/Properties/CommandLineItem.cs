namespace BrainEvent.Cli.Tests.Properties;

/// <summary>What the test knows of one part of a generated command line, independently of the CLI's checks.</summary>
internal enum ItemKind
{
    /// <summary>An option with a value it accepts.</summary>
    Accepted,

    /// <summary>An option with a value of the right type outside its range: refused only if no later value replaces it.</summary>
    OutOfRange,

    /// <summary>An unknown option, a stray argument, a missing value or a value of the wrong type: always refused.</summary>
    Malformed,
}

/// <summary>
/// One part of a generated command line: its arguments, which may contain <see cref="CommandLineCase.Folder"/>, and what the
/// CLI must do with it.
/// </summary>
/// <param name="Option">The option it sets (null for a malformed part that sets none).</param>
/// <param name="Named">What a refusal's message must name: the option or the argument at fault.</param>
internal sealed record CommandLineItem(string[] Args, ItemKind Kind, string? Option, string Named)
{
    public static CommandLineItem Value(ItemKind kind, string option, string value) => new([option, value], kind, option, option);
}
