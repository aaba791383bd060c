using System.Diagnostics;
using BrainEvent.Distributed;

namespace BrainEvent.MpiHost;

/// <summary>
/// Scenarios in which one rank fails while the others wait in a collective it never joins. Each must end every
/// rank within seconds: a run that gets past the collective returns <see cref="NotEnded"/>. Every rank first
/// prints <c>rank R pid P</c>, so that the tests can check that no process outlives the job.
/// </summary>
internal static class Failures
{
    public const int NotEnded = 3;

    /// <summary>Rank <paramref name="target"/> is killed with SIGKILL (no handler runs, as when the kernel's OOM killer strikes).</summary>
    public static int DieRank(MpiCommunicator world, int target)
    {
        Announce(world);
        if (world.Rank == target)
        {
            Console.Out.Write($"rank {target} kills itself\n");
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }

        world.Allreduce(1, MpiOp.Sum);
        return NotEnded;
    }

    /// <summary>Rank <paramref name="target"/> throws on the thread that called <see cref="MpiCommunicator.Run"/>.</summary>
    public static int ThrowRank(MpiCommunicator world, int target)
    {
        Announce(world);
        if (world.Rank == target)
        {
            throw new InvalidOperationException($"rank {target} gives up");
        }

        world.Allreduce(1, MpiOp.Sum);
        return NotEnded;
    }

    /// <summary>Rank <paramref name="target"/> throws on a thread of its own, where no code catches the exception.</summary>
    public static int ThreadThrowRank(MpiCommunicator world, int target)
    {
        Announce(world);
        if (world.Rank == target)
        {
            var thread = new Thread(() => throw new InvalidOperationException($"a thread of rank {target} gives up"));
            thread.Start();
            thread.Join();
        }

        world.Allreduce(1, MpiOp.Sum);
        return NotEnded;
    }

    /// <summary>Rank <paramref name="target"/> passes a receive buffer one element short; the binding refuses it before calling MPI.</summary>
    public static int BadArgument(MpiCommunicator world, int target)
    {
        Announce(world);
        var recv = new int[world.Size - (world.Rank == target ? 1 : 0)];
        world.Allgather<int>([world.Rank], recv);
        return NotEnded;
    }

    /// <summary>
    /// An Alltoallv whose counts disagree: rank 0 sends two elements to rank 1, which expects one. MPI reports the
    /// truncation on rank 1 (MPI_ERR_TRUNCATE); needs at least 2 ranks.
    /// </summary>
    public static int FailCall(MpiCommunicator world)
    {
        Announce(world);
        int size = world.Size;
        var sendCounts = new int[size];
        var recvCounts = new int[size];
        if (world.Rank == 0)
        {
            sendCounts[1] = 2;
        }

        if (world.Rank == 1)
        {
            recvCounts[0] = 1;
        }

        world.Alltoallv<int>([7, 8], sendCounts, new int[size], new int[1], recvCounts, new int[size]);
        world.Barrier();
        return NotEnded;
    }

    /// <summary>
    /// Rank <paramref name="target"/> is killed with SIGKILL in the middle of a run of the COBA network, from the
    /// run's progress callback, while the other ranks are between exchanges or waiting in one.
    /// </summary>
    public static int DieInNetwork(MpiCommunicator world, int target)
    {
        Announce(world);
        var progress = new KillAt(world.Rank == target ? 5 : int.MaxValue, target);
        NetworkRuns.Run("coba", world, threads: 1, ms: 100_000, progress);
        return NotEnded;
    }

    /// <summary>
    /// Every rank asks its distributed network for a run of negative length: each refuses it before the first
    /// exchange, so no rank waits in a collective for the others.
    /// </summary>
    public static int BadNetworkRun(MpiCommunicator world)
    {
        Announce(world);
        using var network = new BrainEvent.Networks.Network(new BrainEvent.Networks.NetworkOptions { Threads = 1, PinThreads = false, World = world });
        BrainEvent.NetworkBench.CobaNetwork.Build(network, scale: 0.1, NetworkRuns.Seed, BrainEvent.NetworkBench.CobaLifVector.Benchmark);
        network.Run(-1);
        return NotEnded;
    }

    // The barrier makes every rank's line come out before any failure.
    private static void Announce(MpiCommunicator world)
    {
        Console.Out.Write($"rank {world.Rank} pid {Environment.ProcessId}\n");
        world.Barrier();
    }

    /// <summary>Kills this process at its <c>reports</c>-th progress report (on the thread that runs the steps).</summary>
    private sealed class KillAt(int reports, int rank) : IProgress<BrainEvent.Networks.NetworkProgress>
    {
        private int _seen;

        public void Report(BrainEvent.Networks.NetworkProgress value)
        {
            if (++_seen == reports)
            {
                Console.Out.Write($"rank {rank} kills itself at step {value.Step}\n");
                Process.GetCurrentProcess().Kill();
                Thread.Sleep(Timeout.Infinite);
            }
        }
    }
}
