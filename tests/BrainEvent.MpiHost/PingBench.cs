using System.Diagnostics;
using System.Globalization;
using BrainEvent.Distributed;

namespace BrainEvent.MpiHost;

/// <summary>Times an Allgather of 1000 ints per rank, the size of a spike exchange; rank 0 prints the mean time per call.</summary>
internal static class PingBench
{
    public static int Run(MpiCommunicator world, int iterations)
    {
        const int Count = 1000;
        var send = new int[Count];
        var recv = new int[Count * world.Size];
        for (int i = 0; i < 100; i++)
        {
            world.Allgather<int>(send, recv);   // warm-up: JIT, connections, caches
        }

        world.Barrier();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            world.Allgather<int>(send, recv);
        }

        double seconds = world.Allreduce(clock.Elapsed.TotalSeconds, MpiOp.Max);
        if (world.Rank == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"allgather of {Count} ints on {world.Size} ranks: {seconds / iterations * 1e6:F2} us per call ({iterations} calls)"));
        }

        return 0;
    }
}
