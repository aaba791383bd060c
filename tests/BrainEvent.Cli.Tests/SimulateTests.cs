using System.Buffers.Binary;
using System.Text.Json;
using BrainEvent.Cli.Commands;
using BrainEvent.Cli.Output;
using BrainEvent.Cli.Simulation;

namespace BrainEvent.Cli.Tests;

public class SimulateTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_200_ms_run_at_quarter_scale_writes_the_plots_and_the_summary()
    {
        using var folder = new TempFolder();
        var console = new TestConsole();
        var settings = new SimulateSettings { Duration = 0.2, Scale = 0.25, Out = folder.File("plots"), Json = folder.File("summary.json"), Threads = 2 };

        var result = SimulationRunner.Run(settings, console.Console);

        foreach (string name in new[] { Plots.RasterFile, Plots.RateFile })
        {
            var png = File.ReadAllBytes(Path.Combine(folder.File("plots"), name));
            Assert.Equal(PngSignature, png[..8]);

            // The first chunk is IHDR: length 13, type, then width and height as big-endian integers.
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
            Assert.True(png.Length > 5000, $"{name} has only {png.Length} bytes");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("summary.json")));
        var root = json.RootElement;
        Assert.Equal(1000, root.GetProperty("neurons").GetInt32());
        Assert.Equal(800, root.GetProperty("excitatory").GetInt32());
        Assert.Equal(80_000, root.GetProperty("synapses").GetInt64());
        Assert.Equal(2000, root.GetProperty("steps").GetInt32());
        Assert.True(root.GetProperty("wall_seconds").GetDouble() > 0);
        foreach (string rate in new[] { "rate_exc_hz", "rate_inh_hz", "events_per_second" })
        {
            double value = root.GetProperty(rate).GetDouble();
            Assert.True(double.IsFinite(value) && value > 0, $"{rate} = {value}");
        }

        // The rates are the spike counts over neurons and time, and the events the spikes times 80 targets.
        long spikesE = root.GetProperty("spikes_exc").GetInt64();
        long spikesI = root.GetProperty("spikes_inh").GetInt64();
        Assert.Equal(spikesE / (800 * 0.2), root.GetProperty("rate_exc_hz").GetDouble(), 9);
        Assert.Equal(spikesI / (200 * 0.2), root.GetProperty("rate_inh_hz").GetDouble(), 9);
        Assert.Equal((spikesE + spikesI) * 80, root.GetProperty("synaptic_events").GetInt64());
        Assert.Equal(spikesE, result.Recordings.ExcitatoryPerBin.Sum());
        Assert.Equal(0, root.GetProperty("delay_ms").GetDouble());
        Assert.Equal(0.6, root.GetProperty("excitatory_weight").GetDouble(), 6);

        // The balanced network fires irregularly at a few to a few tens of Hz, far from silence or saturation (196 Hz).
        Assert.InRange(root.GetProperty("rate_exc_hz").GetDouble(), 2, 100);
        Assert.InRange(root.GetProperty("rate_inh_hz").GetDouble(), 2, 100);

        string output = console.Output;
        Assert.Contains("100% (0.2 s of 0.2 s simulated)", output);
        Assert.Contains("mean rate E", output);
        Assert.Contains("synaptic events per s", output);
    }

    [Fact]
    public void The_same_seed_gives_the_same_spikes_on_any_thread_count_and_another_seed_other_spikes()
    {
        var a = Run(seed: 7, threads: 1);
        var b = Run(seed: 7, threads: 3);
        var c = Run(seed: 8, threads: 1);
        AssertSameSpikes(a, b);
        Assert.True(a.ExcitatorySpikes > 0);
        Assert.NotEqual(a.Recordings.ExcitatoryPerBin, c.Recordings.ExcitatoryPerBin);
    }

    [Fact]
    public void With_a_delay_the_spikes_change_and_still_do_not_depend_on_the_thread_count()
    {
        var a = Run(seed: 7, threads: 1, delayMs: 1.5);
        var b = Run(seed: 7, threads: 2, delayMs: 1.5);

        // Two silent runs would compare equal: both populations fire, and the raster's sample shows it.
        Assert.True(a.ExcitatorySpikes > 0 && a.InhibitorySpikes > 0, $"{a.ExcitatorySpikes} E and {a.InhibitorySpikes} I spikes");
        Assert.NotEmpty(a.Recordings.RasterSteps);
        AssertSameSpikes(a, b);
        Assert.NotEqual(Run(seed: 7, threads: 1).Recordings.RasterSteps, a.Recordings.RasterSteps);
    }

    [Fact]
    public void The_current_based_model_runs_too()
    {
        // From V ~ Normal(-55, 2) toward E_L = -49, a typical neuron first reaches threshold after about 36 ms.
        var result = Run(seed: 1, threads: 1, model: "cuba", duration: 0.1);
        Assert.Equal("cuba", result.Model.Name);
        Assert.Equal(-9f, result.Model.InhibitoryWeight);
        Assert.True(result.RateExcitatoryHz > 0 && result.RateInhibitoryHz > 0);
    }

    [Fact]
    public void Bad_options_are_reported_on_the_error_console_with_exit_code_2()
    {
        var console = new TestConsole();
        Assert.Equal(2, console.Run("simulate", "--scale", "0.001"));
        Assert.Contains("--scale must give between 80", console.ErrorOutput);
        Assert.Empty(console.Output);

        var model = new TestConsole();
        Assert.Equal(2, model.Run("simulate", "--model", "hh"));
        Assert.Contains("--model must be coba or cuba; got 'hh'", model.ErrorOutput);
        Assert.Empty(model.Output);
    }

    [Fact]
    public void Bench_prints_a_row_per_size_and_kernel()
    {
        var console = new TestConsole();
        int code = console.Run("bench", "--sizes", "500,1000", "--nconn", "10", "--seconds", "0.001", "--threads", "1");
        Assert.Equal(0, code);
        string output = console.Output;
        Assert.Contains("nConn = 10, 1 thread(s)", output);
        Assert.Equal(2, CountOf(output, "BitSpikes 1%"));
        Assert.Equal(2, CountOf(output, "W @ v (MatVec, dense)"));
    }

    [Fact]
    public void The_step_loop_allocates_nothing()
    {
        var options = new SimulateSettings { Duration = 0.02, Scale = 0.25, Threads = 2 }.ToOptions();
        using var network = EiNetwork.Build(options);
        Assert.Equal(0, network.Run().LoopAllocatedBytes);
    }

    /// <summary>A short run at quarter scale.</summary>
    private static SimulationResult Run(ulong seed, int threads, string model = "coba", double duration = 0.02, double delayMs = 0)
    {
        var options = new SimulateSettings { Duration = duration, Scale = 0.25, Seed = seed, Threads = threads, Model = model, Delay = delayMs }.ToOptions();
        using var network = EiNetwork.Build(options);
        return network.Run();
    }

    /// <summary>The same spikes of the raster's sample in every step and the same spike counts of all neurons in every bin.</summary>
    private static void AssertSameSpikes(SimulationResult a, SimulationResult b)
    {
        Assert.Equal(a.Recordings.RasterSteps, b.Recordings.RasterSteps);
        Assert.Equal(a.Recordings.RasterRows, b.Recordings.RasterRows);
        Assert.Equal(a.Recordings.ExcitatoryPerBin, b.Recordings.ExcitatoryPerBin);
        Assert.Equal(a.Recordings.InhibitoryPerBin, b.Recordings.InhibitoryPerBin);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
