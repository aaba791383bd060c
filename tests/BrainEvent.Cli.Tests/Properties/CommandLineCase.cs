namespace BrainEvent.Cli.Tests.Properties;

/// <summary>
/// A generated command line: <see cref="Items"/> after <see cref="Defaults"/> for the options they leave out, so that an
/// accepted case simulates a tiny network into its own folder. Its verdict is worked out here from what each item is, not
/// from the CLI's checks.
/// </summary>
internal sealed record CommandLineCase(string Command, IReadOnlyList<CommandLineItem> Defaults, IReadOnlyList<CommandLineItem> Items, IReadOnlySet<string> Repeatable)
{
    /// <summary>Stands for the case's own temporary folder in arguments, replaced when the case runs.</summary>
    public const string Folder = "{tmp}";

    public IEnumerable<string> Args =>
        [Command, .. Defaults.Where(d => Items.All(i => i.Option != d.Option)).SelectMany(d => d.Args), .. Items.SelectMany(i => i.Args)];

    /// <summary>
    /// Null when the command line must be accepted; otherwise what the refusal may name: the first malformed item (the
    /// arguments are read in order), else every option whose value in effect is out of range (the last one given, as a
    /// later option replaces an earlier one, except a repeatable one, all of whose values count).
    /// </summary>
    public IReadOnlyList<string>? MustName()
    {
        if (Items.FirstOrDefault(i => i.Kind == ItemKind.Malformed) is { } malformed)
        {
            return [malformed.Named];
        }

        var inEffect = Items.Where((item, index) => Repeatable.Contains(item.Option!) || !Items.Skip(index + 1).Any(later => later.Option == item.Option));
        var outOfRange = inEffect.Where(i => i.Kind == ItemKind.OutOfRange).Select(i => i.Named).Distinct().ToList();
        return outOfRange.Count > 0 ? outOfRange : null;
    }

    /// <summary>The command line as a shell would take it, for a failure's message.</summary>
    public override string ToString() =>
        "brainevent " + string.Join(' ', Args.Select(a => a.Length > 0 && !a.Any(char.IsWhiteSpace) ? a : $"'{a}'"));
}
