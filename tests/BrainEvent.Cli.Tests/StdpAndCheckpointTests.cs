using System.Text.Json;
using BrainEvent.Cli.Commands;
using BrainEvent.Cli.Output;
using BrainEvent.Cli.Simulation;

namespace BrainEvent.Cli.Tests;

/// <summary><c>--stdp</c>, <c>--checkpoint-every</c> and <c>--resume</c>.</summary>
public class StdpAndCheckpointTests
{
    [Fact]
    public void Stdp_moves_the_excitatory_weights_within_their_bounds_alike_on_1_and_2_threads_and_plots_them()
    {
        using var folder = new TempFolder();
        var one = SimulationRunner.Run(Settings(folder.File("one"), threads: 1, duration: 0.3, stdp: true, json: folder.File("one.json")), new TestConsole().Console);
        var two = SimulationRunner.Run(Settings(folder.File("two"), threads: 2, duration: 0.3, stdp: true), new TestConsole().Console);

        Assert.Equal(one.Options.Excitatory * EiModel.TargetsPerNeuron, one.WeightsAfter.Length);
        Assert.All(one.WeightsBefore, w => Assert.Equal(0.6f, w));
        Assert.All(one.WeightsAfter, w => Assert.InRange(w, 0f, 1.2f));
        Assert.True(one.WeightsAfter.Count(w => w != 0.6f) > one.WeightsAfter.Length / 10, "STDP changed too few weights");
        Assert.Equal(one.WeightsAfter, two.WeightsAfter);
        Assert.Equal(one.Recordings.ExcitatoryPerBin, two.Recordings.ExcitatoryPerBin);
        Assert.True(File.Exists(Path.Combine(folder.File("one"), Plots.WeightsFile)));

        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("one.json")));
        Assert.True(json.RootElement.GetProperty("stdp").GetBoolean());
        Assert.Equal(one.WeightsAfter.Average(), json.RootElement.GetProperty("mean_exc_weight_end").GetDouble(), 5);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_run_resumed_from_its_checkpoint_fires_and_learns_as_one_never_stopped(bool stdp)
    {
        using var folder = new TempFolder();
        var straight = SimulationRunner.Run(Settings(folder.File("straight"), threads: 2, duration: 0.3, stdp: stdp, delay: 0.5), new TestConsole().Console);

        // Stopped after 0.1 s (checkpoints at 0.05 and 0.1 s; the last replaces the first), then continued to 0.3 s.
        SimulationRunner.Run(Settings(folder.File("part"), threads: 1, duration: 0.1, stdp: stdp, delay: 0.5, checkpointEvery: 0.05), new TestConsole().Console);
        string checkpoint = Path.Combine(folder.File("part"), SimulationOptions.CheckpointFile);
        var resumed = SimulationRunner.Run(Settings(folder.File("resumed"), threads: 2, duration: 0.3, stdp: stdp, delay: 0.5, resume: checkpoint), new TestConsole().Console);

        Assert.Equal(1000, resumed.FirstStep);
        Assert.Equal(straight.Recordings.ExcitatoryPerBin, resumed.Recordings.ExcitatoryPerBin);
        Assert.Equal(straight.Recordings.InhibitoryPerBin, resumed.Recordings.InhibitoryPerBin);
        Assert.Equal(straight.Recordings.RasterSteps, resumed.Recordings.RasterSteps);
        Assert.Equal(straight.Recordings.RasterRows, resumed.Recordings.RasterRows);
        Assert.Equal(straight.WeightsAfter, resumed.WeightsAfter);
        Assert.True(straight.ExcitatorySpikes > 1000, $"{straight.ExcitatorySpikes} spikes");
    }

    [Fact]
    public void Resuming_another_network_a_damaged_file_or_past_the_duration_is_a_usage_error_naming_the_checkpoint()
    {
        using var folder = new TempFolder();
        SimulationRunner.Run(Settings(folder.File("part"), threads: 1, duration: 0.05, checkpointEvery: 0.05), new TestConsole().Console);
        string checkpoint = Path.Combine(folder.File("part"), SimulationOptions.CheckpointFile);
        string damaged = folder.File("damaged.ckpt");
        File.WriteAllBytes(damaged, File.ReadAllBytes(checkpoint)[..100]);

        foreach (var (args, expected) in new (string[], string)[]
        {
            (["--seed", "7", "--resume", checkpoint], "seed 42"),
            (["--resume", damaged], "corrupt or truncated"),
            (["--duration", "0.02", "--resume", checkpoint], "past --duration"),
        })
        {
            var console = new TestConsole();
            int exit = console.Run(["simulate", "--scale", "0.25", "--duration", "0.1", "--out", folder.File("out"), .. args]);
            Assert.Equal(CliApp.UsageError, exit);
            Assert.Contains("--resume", console.Output + console.ErrorOutput);
            Assert.Contains(expected, console.Output + console.ErrorOutput);
        }
    }

    [Theory]
    [InlineData("--checkpoint-every", "-1")]
    [InlineData("--checkpoint-every", "0.00001")]
    [InlineData("--resume", "/nonexistent/checkpoint.ckpt")]
    public void Bad_checkpoint_options_are_refused_before_anything_runs(string option, string value)
    {
        using var folder = new TempFolder();
        var console = new TestConsole();
        int exit = console.Run("simulate", "--duration", "0.01", "--out", folder.File("out"), option, value);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains(option, console.ErrorOutput);
        Assert.False(File.Exists(Path.Combine(folder.File("out"), Plots.RasterFile)));
    }

    private static SimulateSettings Settings(
        string output, int threads, double duration, bool stdp = false, double delay = 0, double checkpointEvery = 0, string? resume = null, string? json = null) =>
        new()
        {
            Duration = duration,
            Scale = 0.25,
            Out = output,
            Threads = threads,
            Stdp = stdp,
            Delay = delay,
            CheckpointEvery = checkpointEvery,
            Resume = resume,
            Json = json,
        };
}
