namespace BrainEvent.Cli.Commands;

/// <summary>The known name a mistyped one probably meant.</summary>
internal static class NearestName
{
    /// <summary>Two edits cover a dropped, doubled, swapped or wrong letter or two, without matching unrelated short names.</summary>
    private const int MaxEdits = 2;

    /// <summary>
    /// The one name of <paramref name="names"/> that begins with <paramref name="typed"/>, or else the one at most
    /// <see cref="MaxEdits"/> edits from it, ignoring case and leading dashes; null when none or several are that close,
    /// as a guess between several would mislead. Beginnings come first because a short beginning ("dur") is often
    /// as few edits from an unrelated short name ("out").
    /// </summary>
    public static string? Find(string typed, IReadOnlyList<string> names)
    {
        string bare = Bare(typed);
        var begun = names.Where(name => Bare(name).StartsWith(bare, StringComparison.Ordinal)).ToList();
        var close = begun.Count > 0 ? begun : names.Where(name => Edits(bare, Bare(name)) <= MaxEdits).ToList();
        return close.Count == 1 ? close[0] : null;
    }

    private static string Bare(string name) => name.TrimStart('-').ToLowerInvariant();

    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions that turn one into the other.</summary>
    private static int Edits(string a, string b)
    {
        // One row of the table at a time: in step i, previous[j] is the distance between a[..(i - 1)] and b[..j]
        // and current[j] the one between a[..i] and b[..j].
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
