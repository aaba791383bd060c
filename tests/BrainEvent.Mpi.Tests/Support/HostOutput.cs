namespace BrainEvent.Mpi.Tests.Support;

/// <summary>Reads the host's result lines, <c>r{rank} {call} ={values}</c>, from output that may hold other lines.</summary>
internal static class HostOutput
{
    public static SortedDictionary<string, string> ResultsOf(string output, int rank)
    {
        string prefix = $"r{rank} ";
        var results = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in output.Split('\n'))
        {
            int equals = line.IndexOf(" =", StringComparison.Ordinal);
            if (line.StartsWith(prefix, StringComparison.Ordinal) && equals > 0)
            {
                results.Add(line[prefix.Length..equals], line[(equals + 2)..]);
            }
        }

        return results;
    }

    /// <summary>The process ids the ranks announced with <c>rank R pid P</c>.</summary>
    public static int[] RankPids(string output) =>
        [.. output.Split('\n')
            .Select(line => line.Split(' '))
            .Where(words => words is ["rank", _, "pid", _])
            .Select(words => int.Parse(words[3], System.Globalization.CultureInfo.InvariantCulture))];
}
