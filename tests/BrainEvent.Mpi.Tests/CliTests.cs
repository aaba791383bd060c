using System.Text.Json;
using BrainEvent.Mpi.Tests.Support;

namespace BrainEvent.Mpi.Tests;

/// <summary>
/// <c>mpirun -np N brainevent simulate</c>: the network dealt to the ranks fires exactly the spikes of one process,
/// and rank 0 alone prints the summary and writes the files.
/// </summary>
[Collection(MpiCollection.Name)]
public sealed class CliTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    // The CLI's build of the same configuration as these tests: .../src/BrainEvent.Cli/bin/<configuration>/net10.0.
    private static readonly string Cli = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "BrainEvent.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "brainevent.dll"));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Simulate_on_several_ranks_fires_the_spikes_of_one_process_and_prints_one_summary(int ranks)
    {
        string folder = Directory.CreateTempSubdirectory("brainevent-mpi-cli-").FullName;
        try
        {
            const string Network = "simulate --duration 0.2 --scale 0.5 --delay 1 --threads 1";
            var alone = MpiRun.Direct($"{Network} --out {folder}/one --json {folder}/one.json", Timeout, Cli);
            Assert.True(alone.ExitCode == 0, alone.Describe());
            var run = MpiRun.Launch(ranks, $"{Network} --out {folder}/many --json {folder}/many.json", Timeout, program: Cli);
            Assert.True(run.ExitCode == 0, run.Describe());

            Assert.Equal(1, Count(run.Output, "mean rate E"));
            Assert.Contains($"distributed over {ranks} MPI ranks", run.Output);
            using var one = JsonDocument.Parse(File.ReadAllText($"{folder}/one.json"));
            using var many = JsonDocument.Parse(File.ReadAllText($"{folder}/many.json"));
            Assert.Equal(ranks, many.RootElement.GetProperty("ranks").GetInt32());
            foreach (string key in new[] { "spikes_exc", "spikes_inh" })
            {
                long expected = one.RootElement.GetProperty(key).GetInt64();
                Assert.True(expected > 100, $"{key} = {expected}");
                Assert.Equal(expected, many.RootElement.GetProperty(key).GetInt64());
            }

            Assert.True(File.Exists($"{folder}/many/raster.png"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Options_a_distributed_network_does_not_support_are_a_usage_error_on_every_rank()
    {
        var run = MpiRun.Launch(2, "simulate --duration 0.01 --stdp --out /tmp/brainevent-mpi-cli-stdp", Timeout, program: Cli);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("--stdp is not supported on a network distributed over 2 MPI ranks", run.Output + run.Error);
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
