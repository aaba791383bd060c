using System.Globalization;
using BrainEvent.Distributed;

namespace BrainEvent.MpiHost;

/// <summary>
/// Runs every collective on the <see cref="Inputs"/> and prints what this rank received, one line per call,
/// <c>r{rank} {call} = {values}</c>; the tests compare the lines with what each rank must receive.
/// </summary>
internal static class Collectives
{
    public static int Run(MpiCommunicator world)
    {
        int rank = world.Rank, size = world.Size;
        world.Barrier();
        Print(world, "barrier", ReadOnlySpan<int>.Empty);

        var gathered = new int[Inputs.Allgather(0).Length * size];
        world.Allgather<int>(Inputs.Allgather(rank), gathered);
        Print(world, "allgather-int", gathered);

        int[] counts = Inputs.GatherCounts(size);
        int[] displs = Inputs.Displacements(counts);
        Allgatherv(world, "allgatherv-int", counts, displs, Inputs.IntItem, Inputs.Gap);
        Allgatherv(world, "allgatherv-long", counts, displs, Inputs.LongItem, Inputs.Gap);
        Allgatherv(world, "allgatherv-double", counts, displs, Inputs.DoubleItem, Inputs.Gap);
        Allgatherv(world, "allgatherv-float", counts, displs, Inputs.FloatItem, Inputs.Gap);
        Allgatherv(world, "allgatherv-byte", counts, displs, Inputs.ByteItem, Inputs.ByteGap);

        Alltoall(world);
        Alltoallv(world);

        foreach (var op in new[] { MpiOp.Sum, MpiOp.Max, MpiOp.Min })
        {
            string name = op.ToString().ToLowerInvariant();
            Allreduce(world, $"allreduce-{name}-int", Inputs.ReduceInts(rank), op);
            Allreduce(world, $"allreduce-{name}-long", Inputs.ReduceLongs(rank), op);
            Allreduce(world, $"allreduce-{name}-double", Inputs.ReduceDoubles(rank), op);
            Print(world, $"allreduce-{name}-scalar", [world.Allreduce(rank + 1, op)]);
        }

        return 0;
    }

    private static void Allgatherv<T>(MpiCommunicator world, string name, int[] counts, int[] displs, Func<int, int, T> item, T gap)
        where T : unmanaged
    {
        T[] send = [.. Enumerable.Range(0, counts[world.Rank]).Select(i => item(world.Rank, i))];
        var recv = Enumerable.Repeat(gap, Inputs.ReceiveLength(counts)).ToArray();
        world.Allgatherv<T>(send, recv, counts, displs);
        Print(world, name, recv);
    }

    private static void Alltoall(MpiCommunicator world)
    {
        int block = Inputs.AlltoallBlock;
        var send = new int[block * world.Size];
        for (int to = 0; to < world.Size; to++)
        {
            for (int k = 0; k < block; k++)
            {
                send[(to * block) + k] = Inputs.AlltoallItem(world.Rank, to, k);
            }
        }

        var recv = new int[send.Length];
        world.Alltoall<int>(send, recv);
        Print(world, "alltoall-int", recv);
    }

    private static void Alltoallv(MpiCommunicator world)
    {
        int rank = world.Rank, size = world.Size;
        int[] sendCounts = [.. Enumerable.Range(0, size).Select(to => Inputs.AlltoallvCount(rank, to))];
        int[] recvCounts = [.. Enumerable.Range(0, size).Select(from => Inputs.AlltoallvCount(from, rank))];
        var sendDispls = new int[size];
        var send = new List<int>();
        for (int to = 0; to < size; to++)
        {
            sendDispls[to] = send.Count;
            send.AddRange(Enumerable.Range(0, sendCounts[to]).Select(k => Inputs.AlltoallItem(rank, to, k)));
        }

        int[] recvDispls = Inputs.Displacements(recvCounts);
        var recv = Enumerable.Repeat(Inputs.Gap, Inputs.ReceiveLength(recvCounts)).ToArray();
        world.Alltoallv<int>(send.ToArray(), sendCounts, sendDispls, recv, recvCounts, recvDispls);
        Print(world, "alltoallv-int", recv);
    }

    private static void Allreduce<T>(MpiCommunicator world, string name, T[] send, MpiOp op)
        where T : unmanaged
    {
        var recv = new T[send.Length];
        world.Allreduce<T>(send, recv, op);
        Print(world, name, recv);
    }

    // One write per line, so that mpirun, which forwards each rank's output as it comes, never splits a line.
    private static void Print<T>(MpiCommunicator world, string name, ReadOnlySpan<T> values)
    {
        var text = new System.Text.StringBuilder($"r{world.Rank} {name} =");
        foreach (var value in values)
        {
            text.Append(' ').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        Console.Out.Write(text.Append('\n').ToString());
    }
}
