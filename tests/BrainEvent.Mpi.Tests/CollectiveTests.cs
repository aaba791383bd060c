using BrainEvent.Distributed;
using BrainEvent.Mpi.Tests.Support;

namespace BrainEvent.Mpi.Tests;

[Collection(MpiCollection.Name)]
public class CollectiveTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_collective_gives_each_rank_exactly_what_MPI_defines(int ranks)
    {
        var run = MpiRun.Launch(ranks, "collectives", Timeout);

        Assert.True(run.ExitCode == 0 && !run.TimedOut, run.Describe());
        for (int rank = 0; rank < ranks; rank++)
        {
            Assert.Equal(ExpectedCollectives.For(rank, ranks), HostOutput.ResultsOf(run.Output, rank));
        }
    }

    [Fact]
    public void Without_a_launcher_a_process_is_rank_0_of_1_and_the_collectives_copy()
    {
        var run = MpiRun.Direct("collectives", Timeout);

        Assert.True(run.ExitCode == 0 && !run.TimedOut, run.Describe());
        Assert.Equal(ExpectedCollectives.For(0, 1), HostOutput.ResultsOf(run.Output, 0));
    }

    [Fact]
    public void The_test_process_itself_runs_single_rank_without_loading_MPI()
    {
        var world = MpiCommunicator.World;

        Assert.False(MpiCommunicator.IsLaunchedByMpi);
        Assert.False(world.UsesMpi);
        Assert.Equal((0, 1), (world.Rank, world.Size));
        Assert.True(MpiCommunicator.IsAvailable, MpiRun.MissingMpi);
    }
}
