using BrainEvent.Distributed;

namespace BrainEvent.Cli.Simulation;

/// <summary>The MPI job this process is part of: under <c>mpirun</c> every rank runs the same command line on its part of the network.</summary>
internal static class MpiRanks
{
    /// <summary>The job's ranks, or null when no MPI launcher started this process.</summary>
    public static MpiCommunicator? World => MpiCommunicator.IsLaunchedByMpi ? MpiCommunicator.World : null;

    /// <summary>The number of ranks, 1 without a launcher.</summary>
    public static int Count => World?.Size ?? 1;

    /// <summary>Whether this process prints and writes the run's results: rank 0, or the only process.</summary>
    public static bool IsReporter => (World?.Rank ?? 0) == 0;
}
