using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Commands;

/// <summary>
/// Reads a command's arguments against the options its settings declare, before Spectre.Console.Cli binds them: Spectre
/// ignores unknown options unless parsing strictly, and then, like its failed conversions ("Failed to convert 'abc' to
/// Double."), reports them naming neither the option meant nor the option given.
/// </summary>
internal static class UsageCheck
{
    /// <summary>Spectre's built-in help flag, accepted by every command.</summary>
    private static readonly Option Help = new(["--help", "-h"], ValueName: null, typeof(bool));

    /// <summary>
    /// The first problem with <paramref name="args"/>, the arguments of <paramref name="command"/> after its name, as a
    /// message naming the argument; null when Spectre can bind them to <paramref name="settingsType"/>.
    /// </summary>
    public static string? FindProblem(string command, Type settingsType, IReadOnlyList<string> args)
    {
        var options = OptionsOf(settingsType);
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                // Spectre passes what follows "--" on as remaining arguments, which these commands have no use for.
                return i + 1 < args.Count ? Stray(command, args[i + 1]) : null;
            }

            if (!IsOption(args[i]))
            {
                return Stray(command, args[i]);
            }

            // Spectre also reads "--name=value" and "--name:value".
            int separator = args[i].IndexOfAny(['=', ':']);
            string name = separator < 0 ? args[i] : args[i][..separator];
            var option = options.FirstOrDefault(o => o.Names.Contains(name));
            if (option is null)
            {
                return Unknown(command, name, options);
            }

            if (option.ValueName is null)
            {
                continue;
            }

            string value;
            if (separator >= 0)
            {
                value = args[i][(separator + 1)..];
            }
            else if (i + 1 < args.Count && !IsOption(args[i + 1]))
            {
                value = args[++i];
            }
            else
            {
                return $"{name} needs a value: {name} <{option.ValueName}>.";
            }

            if (!Converts(option.Type, value))
            {
                return $"{name} must be {Kind(option.Type)}; got '{value}'.";
            }
        }

        return null;
    }

    private static List<Option> OptionsOf(Type settingsType) =>
    [
        .. settingsType.GetProperties()
            .Select(property => (Property: property, Attribute: property.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => new Option(
                [.. p.Attribute!.LongNames.Select(n => "--" + n), .. p.Attribute.ShortNames.Select(n => "-" + n)],
                p.Attribute.ValueName,
                p.Property.PropertyType)),
        Help,
    ];

    /// <summary>As Spectre tokenizes: a dash starts an option unless a digit follows it, as in a negative number.</summary>
    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-' && !char.IsAsciiDigit(arg[1]);

    private static string Stray(string command, string arg) =>
        $"{command}: unexpected argument '{arg}'; it takes only options (brainevent {command} --help).";

    private static string Unknown(string command, string name, List<Option> options)
    {
        var longNames = options.Select(o => o.Names[0]).ToList();
        return NearestName.Find(name, longNames) is { } meant
            ? $"{command}: unknown option '{name}'; did you mean {meant}?"
            : $"{command}: unknown option '{name}'; the options are {string.Join(", ", longNames)}.";
    }

    /// <summary>
    /// Whether Spectre's conversion, the type's <see cref="TypeConverter"/> in the invariant culture, accepts <paramref name="value"/>
    /// (for an array, a repeatable option, its element type's).
    /// </summary>
    private static bool Converts(Type type, string value)
    {
        try
        {
            TypeDescriptor.GetConverter(type.IsArray ? type.GetElementType()! : type).ConvertFromInvariantString(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Kind(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) => "a whole number",
        var t when t == typeof(ulong) => $"a whole number from 0 to {ulong.MaxValue}",
        var t when t == typeof(double) => "a number",
        var t => $"a {t.Name}",
    };

    /// <summary>An option: its names, the long one first, and its value's name and type (no value name: a flag).</summary>
    private sealed record Option(string[] Names, string? ValueName, Type Type);
}
