using CsCheck;

namespace BrainEvent.Cli.Tests.Properties;

/// <summary>Generators of command lines for a command, over the options its settings class declares.</summary>
internal sealed class CommandLineCases(string command, Type settingsType, IReadOnlyDictionary<string, OptionValues> known, IReadOnlyList<CommandLineItem> defaults)
{
    private static readonly string[] Strays = ["10", "extra", "simulate", "bench", "-5", "0.5"];

    private static readonly string[] Unrelated = ["--frobnicate", "--verbose", "-x", "---duration", "--out-dir"];

    private readonly IReadOnlyList<DeclaredOption> _options = DeclaredOption.Of(settingsType);

    private readonly IReadOnlyList<string> _names = DeclaredOption.AllNames(settingsType);

    /// <summary>The options the test knows values for, among those declared.</summary>
    private IReadOnlyList<DeclaredOption> Known => [.. _options.Where(o => known.ContainsKey(o.Name))];

    /// <summary>Up to four items, most of them accepted, and now and then an option left without its value at the end.</summary>
    public Gen<CommandLineCase> Cases =>
        Gen.Select(
            Gen.Frequency((5, Valued(ItemKind.Accepted)), (2, Valued(ItemKind.OutOfRange)), (1, Typo), (1, Stray), (1, WrongType)).List[0, 4],
            Gen.Select(Gen.Int[0, 9], MissingValue, (roll, missing) => roll == 0 ? missing : null),
            (items, tail) => new CommandLineCase(
                command,
                defaults,
                tail is null ? items : [.. items, tail],
                _options.Where(o => o.Repeatable).Select(o => o.Name).ToHashSet()));

    /// <summary>A known option with one of its accepted or out-of-range values, as two arguments or as --name=value.</summary>
    private Gen<CommandLineItem> Valued(ItemKind kind) =>
        Pick([.. Known.Where(o => Values(o, kind).Length > 0)]).SelectMany(option =>
            Gen.Select(Pick(Values(option, kind)), Gen.Bool, (value, joined) => Item(kind, option.Name, value, joined)));

    /// <summary>A declared name with a letter dropped, doubled, swapped or capitalised, a dash lost, or an unrelated name.</summary>
    private Gen<CommandLineItem> Typo =>
        Gen.Select(Pick([.. _options.Select(o => o.Name)]), Gen.Int[0, 6], Gen.Int[2, 100], Pick(Unrelated), (name, edit, at, unrelated) =>
        {
            int i = 2 + (at % (name.Length - 2));
            string typo = edit switch
            {
                0 => name.Remove(i, 1),
                1 => name.Insert(i, name[i].ToString()),
                2 when i + 1 < name.Length => name[..i] + name[i + 1] + name[i] + name[(i + 2)..],
                3 => name[..2] + char.ToUpperInvariant(name[2]) + name[3..],
                4 => name[1..],
                5 => name[..Math.Min(name.Length, 4)],
                _ => unrelated,
            };
            return _names.Contains(typo) ? new CommandLineItem([unrelated], ItemKind.Malformed, null, unrelated) : new CommandLineItem([typo, "1"], ItemKind.Malformed, null, typo);
        });

    /// <summary>An argument that is no option, alone or after <c>--</c>.</summary>
    private static Gen<CommandLineItem> Stray =>
        Gen.Select(Pick(Strays), Gen.Bool, (stray, afterDashes) =>
            new CommandLineItem(afterDashes ? ["--", stray] : [stray], ItemKind.Malformed, null, stray));

    /// <summary>A numeric option with text, an empty value, "inf", a number past its type's range or with a fraction.</summary>
    private Gen<CommandLineItem> WrongType =>
        Pick([.. _options.Where(o => o.TakesValue && WrongValues(o.Type).Length > 0)]).SelectMany(option =>
            Gen.Select(Pick(WrongValues(option.Type)), Gen.Bool, (value, joined) => Item(ItemKind.Malformed, option.Name, value, joined)));

    /// <summary>An option that takes a value as the last argument.</summary>
    private Gen<CommandLineItem> MissingValue =>
        Pick([.. _options.Where(o => o.TakesValue)]).Select(o => new CommandLineItem([o.Name], ItemKind.Malformed, o.Name, o.Name));

    /// <summary>One of <paramref name="items"/>, each as likely.</summary>
    private static Gen<T> Pick<T>(T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private string[] Values(DeclaredOption option, ItemKind kind) =>
        kind == ItemKind.Accepted ? known[option.Name].Accepted : known[option.Name].OutOfRange;

    /// <summary>
    /// As --name=value only where that reads the same: a value with no separator of its own and not empty (--name= is a
    /// missing value to Spectre). A value that looks like an option (a dash and no digit) can only be given joined.
    /// </summary>
    private static CommandLineItem Item(ItemKind kind, string option, string value, bool joined)
    {
        bool looksLikeOption = value.Length > 1 && value[0] == '-' && !char.IsAsciiDigit(value[1]);
        bool canJoin = value.Length > 0 && value.IndexOfAny(['=', ':']) < 0;
        return (joined && canJoin) || (looksLikeOption && canJoin)
            ? new CommandLineItem([$"{option}={value}"], kind, option, option)
            : CommandLineItem.Value(kind, option, value);
    }

    private static string[] WrongValues(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) => ["1.5", "two", "", " ", "99999999999", "inf", "1e3"],
        var t when t == typeof(ulong) => ["-3", "x", "", "18446744073709551616", "1.5"],
        var t when t == typeof(double) || t == typeof(float) => ["abc", "inf", "", " ", "1.0.0", "0x10", "1e"],
        _ => [],
    };
}
