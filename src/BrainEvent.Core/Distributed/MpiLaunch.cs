namespace BrainEvent.Distributed;

/// <summary>
/// Whether this process was started by an MPI launcher, read from the variables launchers set in every rank's
/// environment. Without one, the process runs as a single rank and never loads MPI: an Open MPI 4 singleton
/// would start a daemon, and in a container may fail to.
/// </summary>
internal static class MpiLaunch
{
    // Open MPI's mpirun and prterun set OMPI_COMM_WORLD_SIZE; MPICH's Hydra and Slurm's PMI-2 set PMI_SIZE;
    // PMIx launchers (srun --mpi=pmix) set PMIX_RANK.
    private static readonly string[] Variables = ["OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"];

    /// <summary>The first launcher variable set, as <c>NAME=value</c>, or null outside a launcher.</summary>
    internal static string? Evidence
    {
        get
        {
            foreach (string name in Variables)
            {
                if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
                {
                    return $"{name}={value}";
                }
            }

            return null;
        }
    }

    /// <summary>
    /// MPICH's Hydra started us (PMI_SIZE without Open MPI's variables), so an MPICH library should be
    /// tried first: Open MPI under Hydra would start as N unrelated singletons.
    /// </summary>
    internal static bool PrefersMpich =>
        Environment.GetEnvironmentVariable("OMPI_COMM_WORLD_SIZE") is null && Environment.GetEnvironmentVariable("PMI_SIZE") is not null;

    /// <summary>
    /// This rank's place among the ranks the launcher started on this machine, and their number: Open MPI's
    /// <c>OMPI_COMM_WORLD_LOCAL_RANK</c> and <c>_LOCAL_SIZE</c>, or MPICH Hydra's <c>MPI_LOCALRANKID</c> and
    /// <c>MPI_LOCALNRANKS</c>; null when the launcher sets neither pair (or sets them inconsistently).
    /// </summary>
    internal static (int Rank, int Size)? LocalRanks =>
        Local("OMPI_COMM_WORLD_LOCAL_RANK", "OMPI_COMM_WORLD_LOCAL_SIZE") ?? Local("MPI_LOCALRANKID", "MPI_LOCALNRANKS");

    private static (int Rank, int Size)? Local(string rankVariable, string sizeVariable) =>
        int.TryParse(Environment.GetEnvironmentVariable(rankVariable), System.Globalization.CultureInfo.InvariantCulture, out int rank)
        && int.TryParse(Environment.GetEnvironmentVariable(sizeVariable), System.Globalization.CultureInfo.InvariantCulture, out int size)
        && rank >= 0 && rank < size
            ? (rank, size)
            : null;
}
