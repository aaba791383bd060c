using System.Reflection;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Tests.Properties;

/// <summary>
/// An option as a settings class declares it with <see cref="CommandOptionAttribute"/>, read by reflection so that options
/// added later are generated too.
/// </summary>
/// <param name="Name">The long name with its dashes, e.g. <c>--duration</c>.</param>
/// <param name="TakesValue">Whether a value follows it (false: a flag).</param>
/// <param name="Type">The property's type; an array is a repeatable option.</param>
internal sealed record DeclaredOption(string Name, bool TakesValue, Type Type)
{
    public bool Repeatable => Type.IsArray;

    /// <summary>Every name a command line may use for an option of <paramref name="settingsType"/>, Spectre's help included.</summary>
    public static IReadOnlyList<string> AllNames(Type settingsType) =>
        [
            .. Attributes(settingsType).SelectMany(a => a.LongNames.Select(n => "--" + n).Concat(a.ShortNames.Select(n => "-" + n))),
            "--help",
            "-h",
        ];

    public static IReadOnlyList<DeclaredOption> Of(Type settingsType) =>
        [
            .. settingsType.GetProperties()
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<CommandOptionAttribute>()))
                .Where(p => p.Attribute is { LongNames.Count: > 0 })
                .Select(p => new DeclaredOption("--" + p.Attribute!.LongNames[0], p.Attribute.ValueName is not null, p.Property.PropertyType)),
        ];

    private static IEnumerable<CommandOptionAttribute> Attributes(Type settingsType) =>
        settingsType.GetProperties().Select(p => p.GetCustomAttribute<CommandOptionAttribute>()).OfType<CommandOptionAttribute>();
}
