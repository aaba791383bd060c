namespace BrainEvent.MpiHost;

/// <summary>
/// What each rank sends in the collectives scenario, as functions of its rank, so that the tests can work out
/// what every rank must receive. Values are chosen to catch a wrong element size or order: 64-bit values
/// above 2^32, doubles that are not integers, bytes above 127, blocks of different lengths (some empty) and
/// gaps in the receive buffers, whose contents must stay <see cref="Gap"/> (<see cref="ByteGap"/>).
/// </summary>
public static class Inputs
{
    /// <summary>The value receive buffers start with; the elements no block covers keep it.</summary>
    public const int Gap = -7;

    /// <summary><see cref="Gap"/> of the byte buffers.</summary>
    public const byte ByteGap = 0xEE;

    public static int[] Allgather(int rank) => [10 * rank, 10 * rank + 1];

    /// <summary>Rank r sends r elements in the Allgatherv scenarios: rank 0 sends none.</summary>
    public static int[] GatherCounts(int size) => [.. Enumerable.Range(0, size)];

    /// <summary>Block i starts one element after block i - 1 ends: a one-element gap before each block.</summary>
    public static int[] Displacements(ReadOnlySpan<int> counts)
    {
        var displs = new int[counts.Length];
        for (int i = 0, next = 1; i < counts.Length; next += counts[i] + 1, i++)
        {
            displs[i] = next;
        }

        return displs;
    }

    /// <summary>The receive buffer length of <paramref name="counts"/> and their <see cref="Displacements"/>, a gap after the last block included.</summary>
    public static int ReceiveLength(ReadOnlySpan<int> counts) => counts.Length == 0 ? 1 : Displacements(counts)[^1] + counts[^1] + 1;

    public static int IntItem(int rank, int i) => 100 * rank + i;

    public static long LongItem(int rank, int i) => ((long)rank << 40) + i - 3;

    public static double DoubleItem(int rank, int i) => rank + (0.1 * i);

    public static float FloatItem(int rank, int i) => rank - (0.25f * i);

    public static byte ByteItem(int rank, int i) => (byte)(250 - (16 * rank) - i);

    /// <summary>Alltoall sends blocks of two: element k of the block from rank <paramref name="from"/> to rank <paramref name="to"/>.</summary>
    public static int AlltoallItem(int from, int to, int k) => (1000 * from) + (10 * to) + k;

    public const int AlltoallBlock = 2;

    /// <summary>Alltoallv: how many elements rank <paramref name="from"/> sends to rank <paramref name="to"/> (symmetric, some zero).</summary>
    public static int AlltoallvCount(int from, int to) => (from + to) % 3;

    public static int[] ReduceInts(int rank) => [rank + 1, 5 - (3 * rank)];

    public static long[] ReduceLongs(int rank) => [(rank + 1L) << 33, -((long)rank << 35) + 1];

    public static double[] ReduceDoubles(int rank) => [0.5 + rank, -1.25 * rank];
}
