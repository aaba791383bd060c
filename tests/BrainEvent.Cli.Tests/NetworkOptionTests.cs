using System.Text.Json;
using BrainEvent.Cli.Commands;
using BrainEvent.Cli.Output;
using BrainEvent.Cli.Simulation;
using BrainEvent.Models;

namespace BrainEvent.Cli.Tests;

/// <summary><c>--set</c>, <c>--delay</c> and <c>--trace</c>, and the network's rates against Brian2's.</summary>
public class NetworkOptionTests
{
    [Fact]
    public void Setting_the_threshold_out_of_reach_below_makes_every_neuron_fire_once_per_refractory_period()
    {
        // Each neuron spikes whenever it is not refractory: in steps 0, 50, 100, ... (Brian2's count: held 49 steps).
        var result = Run(new SimulateSettings { Duration = 0.1, Scale = 0.25, Threads = 2, Set = ["VTh=-1000"] });
        Assert.Equal(-1000f, Assert.IsType<EiModel<CobaLif>>(result.Model).Template.VTh);
        Assert.Equal(20 * 800, result.ExcitatorySpikes);
        Assert.Equal(200, result.RateInhibitoryHz, 9);
        Assert.All(result.Recordings.RasterSteps, step => Assert.Equal(0, step % 50));
    }

    [Fact]
    public void Brainevents_published_weights_give_about_50_6_hz()
    {
        // brainevent's COBA example: conductances in mS against an input in mA, effectively 1000x weaker weights.
        using var folder = new TempFolder();
        var console = new TestConsole();
        Assert.Equal(0, console.Run("simulate", "--set", "we=0.0006", "--set", "wi=0.0067", "--threads", "2", "--out", folder.File("plots"), "--json", folder.File("s.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("s.json")));
        Assert.Equal(0.0006, json.RootElement.GetProperty("excitatory_weight").GetDouble(), 6);
        Assert.InRange(json.RootElement.GetProperty("rate_exc_hz").GetDouble(), 50.6 * 0.97, 50.6 * 1.03);
        Assert.InRange(json.RootElement.GetProperty("rate_inh_hz").GetDouble(), 50.6 * 0.97, 50.6 * 1.03);
        Assert.Contains("we = 0.0006", console.Output);
    }

    [Fact]
    public void At_scale_10_the_rates_are_within_5_percent_of_brian2s()
    {
        // Brian2 (../shared/peers/brian2) gives about 21.4 Hz E and 21.7 Hz I for this model at scale 10 over 1 s.
        var result = Run(new SimulateSettings { Duration = 1, Scale = 10, Threads = 2 });
        Assert.InRange(result.RateExcitatoryHz, 21.4 * 0.95, 21.4 * 1.05);
        Assert.InRange(result.RateInhibitoryHz, 21.7 * 0.95, 21.7 * 1.05);
    }

    [Fact]
    public void Trace_plots_the_potential_of_the_first_neurons()
    {
        using var folder = new TempFolder();
        var settings = new SimulateSettings { Duration = 0.05, Scale = 0.25, Threads = 1, Trace = 3, Out = folder.File("plots") };
        var result = SimulationRunner.Run(settings, new TestConsole().Console);
        Assert.Equal(500, result.Recordings.TraceTimesMs.Length);
        Assert.Equal(3, result.Recordings.TraceValues.GetLength(1));
        Assert.All(Enumerable.Range(0, 500), s => Assert.InRange(result.Recordings.TraceValues[s, 0], -80f, -50f));
        var png = File.ReadAllBytes(Path.Combine(folder.File("plots"), Plots.TraceFile));
        Assert.True(png.Length > 5000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
    }

    [Theory]
    [InlineData("--set", "Vth=-50", "--set: the coba model has no parameter 'Vth'; did you mean VTh? It has VRest, VTh, VReset, TauM, TauE, TauI, EE, EI, I, we, wi.")]
    [InlineData("--set", "gl=1", "--set: the coba model has no parameter 'gl'; it has VRest,")]
    [InlineData("--set", "we", "--set must be NAME=VALUE with a finite number as VALUE, e.g. --set we=0.6; got 'we'.")]
    [InlineData("--set", "we=fast", "--set must be NAME=VALUE with a finite number as VALUE, e.g. --set we=0.6; got 'we=fast'.")]
    [InlineData("--delay", "0.05", "--delay must be a whole number of steps (0.1 ms) from 0 to 6553.5 ms; got 0.05 ms.")]
    [InlineData("--delay", "-1", "--delay must be a whole number of steps (0.1 ms) from 0 to 6553.5 ms; got -1 ms.")]
    [InlineData("--delay", "soon", "--delay must be a number; got 'soon'.")]
    [InlineData("--trace", "51", "--trace must be from 0 to 50 neurons; got 51.")]
    public void A_bad_value_is_a_usage_error_before_anything_runs(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var console = new TestConsole();
        Assert.Equal(2, console.Run("simulate", option, value, "--out", folder.File("plots")));
        Assert.Contains(message, console.ErrorOutput);
        Assert.Empty(console.Output);
        Assert.False(Directory.Exists(folder.File("plots")));
    }

    [Fact]
    public void Cuba_takes_its_own_parameter_names()
    {
        var console = new TestConsole();
        Assert.Equal(2, console.Run("simulate", "--model", "cuba", "--set", "EE=0"));
        Assert.Contains("--set: the cuba model has no parameter 'EE'", console.ErrorOutput);
    }

    private static SimulationResult Run(SimulateSettings settings)
    {
        using var network = EiNetwork.Build(settings.ToOptions());
        return network.Run();
    }
}
