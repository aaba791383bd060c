using System.Text.Json;
using BrainEvent.Cli.Simulation;

namespace BrainEvent.Cli.Output;

/// <summary>The machine-readable summary of a run (<c>--json PATH</c>): one flat object of numbers.</summary>
internal static class JsonSummary
{
    public static void Write(SimulationResult result, string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        var options = result.Options;
        json.WriteStartObject();
        json.WriteString("model", options.Model.Name);
        json.WriteNumber("scale", options.Scale);
        json.WriteNumber("neurons", options.Neurons);
        json.WriteNumber("excitatory", options.Excitatory);
        json.WriteNumber("inhibitory", options.Inhibitory);
        json.WriteNumber("synapses", result.Synapses);
        json.WriteNumber("steps", result.Steps);
        json.WriteNumber("dt_ms", SimulationOptions.DtMs);
        json.WriteNumber("simulated_seconds", result.SimulatedSeconds);
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("threads", options.Threads);
        json.WriteNumber("build_seconds", result.BuildSeconds);
        json.WriteNumber("wall_seconds", result.WallSeconds);
        json.WriteNumber("propagation_seconds", result.PropagationSeconds);
        json.WriteNumber("update_seconds", result.UpdateSeconds);
        json.WriteNumber("simulated_per_wall_second", result.SimulatedPerWallSecond);
        json.WriteNumber("spikes_exc", result.ExcitatorySpikes);
        json.WriteNumber("spikes_inh", result.InhibitorySpikes);
        json.WriteNumber("rate_exc_hz", result.RateExcitatoryHz);
        json.WriteNumber("rate_inh_hz", result.RateInhibitoryHz);
        json.WriteNumber("synaptic_events", result.SynapticEvents);
        json.WriteNumber("events_per_second", result.EventsPerSecond);
        json.WriteNumber("loop_allocated_bytes", result.LoopAllocatedBytes);
        json.WriteNumber("delay_ms", options.DelayMs);
        json.WriteNumber("excitatory_weight", result.Model.ExcitatoryWeight);
        json.WriteNumber("inhibitory_weight", result.Model.InhibitoryWeight);
        json.WriteNumber("ranks", options.Ranks);
        json.WriteNumber("first_step", result.FirstStep);
        json.WriteBoolean("stdp", options.Stdp);
        if (options.Stdp)
        {
            json.WriteNumber("mean_exc_weight_start", result.WeightsBefore.Average());
            json.WriteNumber("mean_exc_weight_end", result.WeightsAfter.Average());
        }
        json.WriteEndObject();
    }
}
