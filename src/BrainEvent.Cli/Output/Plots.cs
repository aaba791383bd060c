using BrainEvent.Cli.Simulation;
using ScottPlot;

namespace BrainEvent.Cli.Output;

/// <summary>The two pictures of a run, as PNG files.</summary>
internal static class Plots
{
    public const string RasterFile = "raster.png";
    public const string RateFile = "rate.png";

    private const int Width = 1200;
    private const int Height = 600;

    /// <summary>The population rate is binned into at least 1 ms (10 steps) and into at most this many bins.</summary>
    private const int MaxRateBins = 1000;

    private static readonly Color ExcitatoryColor = new(0x1f, 0x77, 0xb4);
    private static readonly Color InhibitoryColor = new(0xd6, 0x27, 0x28);

    /// <summary>Writes <see cref="RasterFile"/> and <see cref="RateFile"/> into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(SimulationResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        string raster = Path.Combine(folder, RasterFile);
        string rate = Path.Combine(folder, RateFile);
        Raster(result).SavePng(raster, Width, Height);
        Rate(result).SavePng(rate, Width, Height);
        return [raster, rate];
    }

    private static Plot Raster(SimulationResult result)
    {
        var recorder = result.Recorder;
        var (steps, rows) = recorder.Raster;
        double dt = SimulationOptions.DtMs / 1000.0;
        var plot = new Plot();
        foreach (bool excitatory in new[] { true, false })
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (int k = 0; k < steps.Length; k++)
            {
                if (rows.Span[k] < recorder.SampleExcitatory == excitatory)
                {
                    xs.Add(steps.Span[k] * dt);
                    ys.Add(rows.Span[k]);
                }
            }

            var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
            points.MarkerSize = 3;
            points.Color = excitatory ? ExcitatoryColor : InhibitoryColor;
            points.LegendText = excitatory ? $"excitatory ({recorder.SampleExcitatory} of {result.Options.Excitatory})" : $"inhibitory ({recorder.SampleInhibitory} of {result.Options.Inhibitory})";
        }

        plot.Axes.SetLimitsX(recorder.FirstRasterStep * dt, result.Steps * dt);
        plot.Axes.SetLimitsY(-1, recorder.SampleExcitatory + recorder.SampleInhibitory);
        plot.Title($"{result.Options.Model.Name.ToUpperInvariant()} network, {result.Options.Neurons} neurons: spikes of a sample");
        plot.XLabel("time (s)");
        plot.YLabel("neuron");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static Plot Rate(SimulationResult result)
    {
        var recorder = result.Recorder;
        int binSteps = Math.Max(10, (result.Steps + MaxRateBins - 1) / MaxRateBins);
        int bins = result.Steps / binSteps;
        double binSeconds = binSteps * SimulationOptions.DtMs / 1000.0;
        var time = new double[bins];
        var excitatory = new double[bins];
        var inhibitory = new double[bins];
        for (int b = 0; b < bins; b++)
        {
            time[b] = (b + 0.5) * binSeconds;
            for (int s = b * binSteps; s < (b + 1) * binSteps; s++)
            {
                excitatory[b] += recorder.ExcitatoryCounts[s];
                inhibitory[b] += recorder.InhibitoryCounts[s];
            }

            excitatory[b] /= result.Options.Excitatory * binSeconds;
            inhibitory[b] /= result.Options.Inhibitory * binSeconds;
        }

        var plot = new Plot();
        var e = plot.Add.ScatterLine(time, excitatory, ExcitatoryColor);
        e.LegendText = $"excitatory, mean {result.RateExcitatoryHz:F1} Hz";
        var i = plot.Add.ScatterLine(time, inhibitory, InhibitoryColor);
        i.LegendText = $"inhibitory, mean {result.RateInhibitoryHz:F1} Hz";
        plot.Title($"Population rate ({binSeconds * 1000:0.#} ms bins), {result.Options.Model.Name.ToUpperInvariant()} network, {result.Options.Neurons} neurons");
        plot.XLabel("time (s)");
        plot.YLabel("rate (Hz)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
