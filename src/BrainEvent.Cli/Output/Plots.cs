using BrainEvent.Cli.Simulation;
using ScottPlot;

namespace BrainEvent.Cli.Output;

/// <summary>The pictures of a run, as PNG files.</summary>
internal static class Plots
{
    public const string RasterFile = "raster.png";
    public const string RateFile = "rate.png";
    public const string TraceFile = "trace.png";
    public const string WeightsFile = "weights.png";

    private const int Width = 1200;
    private const int Height = 600;

    private static readonly Color ExcitatoryColor = new(0x1f, 0x77, 0xb4);
    private static readonly Color InhibitoryColor = new(0xd6, 0x27, 0x28);

    /// <summary>
    /// Writes <see cref="RasterFile"/>, <see cref="RateFile"/> and, when V was traced, <see cref="TraceFile"/> into
    /// <paramref name="folder"/>, and returns their paths.
    /// </summary>
    public static IReadOnlyList<string> Write(SimulationResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string> { Path.Combine(folder, RasterFile), Path.Combine(folder, RateFile) };
        Raster(result).SavePng(files[0], Width, Height);
        Rate(result).SavePng(files[1], Width, Height);
        if (result.Options.TraceNeurons > 0)
        {
            files.Add(Path.Combine(folder, TraceFile));
            Trace(result).SavePng(files[^1], Width, Height);
        }

        if (result.Options.Stdp)
        {
            files.Add(Path.Combine(folder, WeightsFile));
            Weights(result).SavePng(files[^1], Width, Height);
        }

        return files;
    }

    private static string Title(SimulationResult result) => $"{result.Options.Model.Name.ToUpperInvariant()} network, {result.Options.Neurons} neurons";

    private static Plot Raster(SimulationResult result)
    {
        var r = result.Recordings;
        double dt = SimulationOptions.DtMs / 1000.0;
        var plot = new Plot();
        foreach (bool excitatory in new[] { true, false })
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (int k = 0; k < r.RasterSteps.Length; k++)
            {
                if (r.RasterRows[k] < r.SampleExcitatory == excitatory)
                {
                    xs.Add(r.RasterSteps[k] * dt);
                    ys.Add(r.RasterRows[k]);
                }
            }

            var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
            points.MarkerSize = 3;
            points.Color = excitatory ? ExcitatoryColor : InhibitoryColor;
            points.LegendText = excitatory ? $"excitatory ({r.SampleExcitatory} of {result.Options.Excitatory})" : $"inhibitory ({r.SampleInhibitory} of {result.Options.Inhibitory})";
        }

        plot.Axes.SetLimitsX(r.FirstRasterStep * dt, result.Steps * dt);
        plot.Axes.SetLimitsY(-1, r.SampleExcitatory + r.SampleInhibitory);
        plot.Title($"{Title(result)}: spikes of a sample");
        plot.XLabel("time (s)");
        plot.YLabel("neuron");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The population rates in the recorded bins; a partial last bin is left out.</summary>
    private static Plot Rate(SimulationResult result)
    {
        var r = result.Recordings;
        int bins = result.Steps / r.BinSteps;
        double binSeconds = r.BinSteps * SimulationOptions.DtMs / 1000.0;
        var time = new double[bins];
        var excitatory = new double[bins];
        var inhibitory = new double[bins];
        for (int b = 0; b < bins; b++)
        {
            time[b] = (b + 0.5) * binSeconds;
            excitatory[b] = r.ExcitatoryPerBin[b] / (result.Options.Excitatory * binSeconds);
            inhibitory[b] = r.InhibitoryPerBin[b] / (result.Options.Inhibitory * binSeconds);
        }

        var plot = new Plot();
        var e = plot.Add.ScatterLine(time, excitatory, ExcitatoryColor);
        e.LegendText = $"excitatory, mean {result.RateExcitatoryHz:F1} Hz";
        var i = plot.Add.ScatterLine(time, inhibitory, InhibitoryColor);
        i.LegendText = $"inhibitory, mean {result.RateInhibitoryHz:F1} Hz";
        plot.Title($"Population rate ({binSeconds * 1000:0.#} ms bins), {Title(result)}");
        plot.XLabel("time (s)");
        plot.YLabel("rate (Hz)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The excitatory weights' histogram when the run started and at its end (<c>--stdp</c>), in 50 bins over [0, 2 we].</summary>
    private static Plot Weights(SimulationResult result)
    {
        const int Bins = 50;
        double top = 2 * result.Model.ExcitatoryWeight;
        var plot = new Plot();
        foreach (var (weights, label, color) in new[] { (result.WeightsBefore, "start", InhibitoryColor), (result.WeightsAfter, "end", ExcitatoryColor) })
        {
            var counts = new double[Bins];
            foreach (float w in weights)
            {
                counts[Math.Clamp((int)(w / top * Bins), 0, Bins - 1)]++;
            }

            var edges = Enumerable.Range(0, Bins).Select(b => b * top / Bins).ToArray();     // each bin's step starts at its left edge
            var line = plot.Add.ScatterLine(edges, counts);
            line.LegendText = $"{label} (mean {(weights.Length > 0 ? weights.Average() : 0):G4})";
            line.Color = color;
            line.ConnectStyle = ConnectStyle.StepHorizontal;
        }

        plot.Title($"{Title(result)}: excitatory weights under STDP, {result.WeightsAfter.Length} synapses");
        plot.XLabel("weight");
        plot.YLabel("synapses");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>V of the traced neurons, one line each.</summary>
    private static Plot Trace(SimulationResult result)
    {
        var r = result.Recordings;
        var time = r.TraceTimesMs.Select(ms => ms / 1000.0).ToArray();
        var plot = new Plot();
        for (int j = 0; j < r.TraceValues.GetLength(1); j++)
        {
            var v = new double[time.Length];
            for (int s = 0; s < v.Length; s++)
            {
                v[s] = r.TraceValues[s, j];
            }

            var line = plot.Add.ScatterLine(time, v);
            line.LegendText = $"neuron {j}";
        }

        plot.Title($"{Title(result)}: membrane potential of {r.TraceValues.GetLength(1)} excitatory neurons");
        plot.XLabel("time (s)");
        plot.YLabel("V (mV)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
