using System.Globalization;
using BrainEvent.MpiHost;

namespace BrainEvent.Mpi.Tests.Support;

/// <summary>
/// What rank <c>r</c> of <c>n</c> must print in the host's <c>collectives</c> scenario: each collective worked out
/// from its definition in the MPI standard over the host's <see cref="Inputs"/>, formatted as the host formats.
/// </summary>
internal static class ExpectedCollectives
{
    public static SortedDictionary<string, string> For(int rank, int size)
    {
        var ranks = Enumerable.Range(0, size).ToArray();
        int[] counts = Inputs.GatherCounts(size);
        int[] displs = Inputs.Displacements(counts);
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["barrier"] = "",
            ["allgather-int"] = Format(ranks.SelectMany(Inputs.Allgather)),
            ["allgatherv-int"] = Format(Gathered(counts, displs, Inputs.IntItem, Inputs.Gap)),
            ["allgatherv-long"] = Format(Gathered(counts, displs, Inputs.LongItem, Inputs.Gap)),
            ["allgatherv-double"] = Format(Gathered(counts, displs, Inputs.DoubleItem, Inputs.Gap)),
            ["allgatherv-float"] = Format(Gathered(counts, displs, Inputs.FloatItem, Inputs.Gap)),
            ["allgatherv-byte"] = Format(Gathered(counts, displs, Inputs.ByteItem, Inputs.ByteGap)),

            // Block i of rank r's receive buffer is what rank i sent to rank r.
            ["alltoall-int"] = Format(ranks.SelectMany(from => Enumerable.Range(0, Inputs.AlltoallBlock).Select(k => Inputs.AlltoallItem(from, rank, k)))),
        };

        int[] alltoallvCounts = [.. ranks.Select(from => Inputs.AlltoallvCount(from, rank))];
        expected["alltoallv-int"] = Format(Gathered(alltoallvCounts, Inputs.Displacements(alltoallvCounts), (from, k) => Inputs.AlltoallItem(from, rank, k), Inputs.Gap));

        foreach (string op in new[] { "sum", "max", "min" })
        {
            expected[$"allreduce-{op}-int"] = Format(Reduce(ranks.Select(Inputs.ReduceInts), op));
            expected[$"allreduce-{op}-long"] = Format(Reduce(ranks.Select(Inputs.ReduceLongs), op));
            expected[$"allreduce-{op}-double"] = Format(Reduce(ranks.Select(Inputs.ReduceDoubles), op));
            expected[$"allreduce-{op}-scalar"] = Format(Reduce(ranks.Select(r => new[] { r + 1 }), op));
        }

        return expected;
    }

    /// <summary>The receive buffer after rank i's <c>counts[i]</c> items landed at <c>displs[i]</c>, the rest left at <paramref name="gap"/>.</summary>
    private static T[] Gathered<T>(int[] counts, int[] displs, Func<int, int, T> item, T gap)
    {
        var recv = Enumerable.Repeat(gap, Inputs.ReceiveLength(counts)).ToArray();
        for (int i = 0; i < counts.Length; i++)
        {
            for (int k = 0; k < counts[i]; k++)
            {
                recv[displs[i] + k] = item(i, k);
            }
        }

        return recv;
    }

    // The inputs' sums are exact in binary, so the order in which MPI adds them cannot change the result.
    private static T[] Reduce<T>(IEnumerable<T[]> perRank, string op)
        where T : System.Numerics.INumber<T> =>
        perRank.Aggregate((a, b) => [.. a.Zip(b, (x, y) => op switch
        {
            "sum" => x + y,
            "max" => T.Max(x, y),
            _ => T.Min(x, y),
        })]);

    private static string Format<T>(IEnumerable<T> values) =>
        string.Concat(values.Select(v => " " + Convert.ToString(v, CultureInfo.InvariantCulture)));
}
