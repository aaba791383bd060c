using BrainEvent.Distributed;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// A rank's place among the ranks of its machine, read from the launcher's variables (<see cref="MpiLaunch.LocalRanks"/>):
/// Open MPI's pair first, then MPICH's, and neither when a pair is missing or inconsistent.
/// </summary>
public sealed class LocalRanksTests
{
    private static readonly string[] Variables = ["OMPI_COMM_WORLD_LOCAL_RANK", "OMPI_COMM_WORLD_LOCAL_SIZE", "MPI_LOCALRANKID", "MPI_LOCALNRANKS"];

    [Theory]
    [InlineData("1", "2", null, null, 1, 2)]
    [InlineData(null, null, "2", "3", 2, 3)]
    [InlineData("0", "4", "2", "3", 0, 4)]
    [InlineData("2", "2", null, null, -1, -1)]
    [InlineData("1", null, null, null, -1, -1)]
    [InlineData("x", "2", null, null, -1, -1)]
    [InlineData(null, null, null, null, -1, -1)]
    public void The_launchers_local_rank_and_size_are_read_or_none(string? openRank, string? openSize, string? mpichRank, string? mpichSize, int rank, int size)
    {
        var saved = Variables.Select(Environment.GetEnvironmentVariable).ToArray();
        try
        {
            string?[] values = [openRank, openSize, mpichRank, mpichSize];
            for (int i = 0; i < Variables.Length; i++)
            {
                Environment.SetEnvironmentVariable(Variables[i], values[i]);
            }

            Assert.Equal(rank < 0 ? null : (rank, size), MpiLaunch.LocalRanks);
        }
        finally
        {
            for (int i = 0; i < Variables.Length; i++)
            {
                Environment.SetEnvironmentVariable(Variables[i], saved[i]);
            }
        }
    }
}
