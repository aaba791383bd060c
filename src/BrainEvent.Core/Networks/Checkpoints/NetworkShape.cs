using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// A network's structure as text, one line per part: the time step and seed, each population (model, element
/// type, size, state fields, refractory steps), each projection (views, target field, synapses, delays) and
/// each monitor (kind, view and settings). A checkpoint restores only into a network whose text is the same.
/// </summary>
internal static class NetworkShape
{
    public static string[] Describe(
        NetworkOptions options, IEnumerable<PopulationRuntime> populations, IEnumerable<Projection> projections, IEnumerable<IStepRecorder> monitors) =>
    [
        Invariant($"network: dt {options.Dt:R} ms, seed {options.Seed}"),
        .. populations.Select(p => Invariant(
            $"population {p.Index}: {p.Info.Name} ({p.Info.ElementType.Name}) x {p.Count}, state {string.Join(" ", p.Info.Fields.Where(f => !f.IsShared).Select(f => f.Name))}, refractory {p.RefractorySteps} steps")),
        .. projections.Select((p, i) => Invariant(
            $"projection {i}: {Of(p.Pre)} -> {Of(p.Post)} into {p.Into}, {p.Synapses} synapses, {(p.DelaySteps is { } d ? $"delay {d} steps" : $"per-synapse delays up to {p.MaxDelaySteps} steps")}")),
        .. monitors.Select((m, i) => $"monitor {i}: {Of(m)}"),
    ];

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <paramref name="paramName"/> and the first line that
    /// differs, unless <paramref name="saved"/> (a checkpoint's) is <paramref name="actual"/>.
    /// </summary>
    public static void Check(string[] saved, string[] actual, string path, string paramName)
    {
        for (int i = 0; i < Math.Max(saved.Length, actual.Length); i++)
        {
            string expected = i < saved.Length ? saved[i] : "nothing more";
            string found = i < actual.Length ? actual[i] : "nothing more";
            if (expected != found)
            {
                throw new ArgumentException(
                    $"{paramName} must be built as the network of checkpoint {path} was: the checkpoint has \"{expected}\" where this network has \"{found}\".",
                    paramName);
            }
        }
    }

    private static string Of(IStepRecorder monitor) => monitor switch
    {
        SpikeMonitor spikes => $"spikes of {Of(spikes.View)}",
        StateMonitor state => Invariant(
            $"{state.Variable} of {Of(state.View)} every {state.Every} steps, {state.Neurons.Count} neurons (CRC-32 0x{Crc32.HashToUInt32(MemoryMarshal.AsBytes<int>([.. state.Neurons])):X8})"),
        RateMonitor rate => Invariant($"rate of {Of(rate.View)} in bins of {rate.BinMs:R} ms"),
        _ => monitor.GetType().Name,
    };

    private static string Of(PopulationView view) => $"population {view.Runtime.Index} [{view.Start}, {view.Start + view.Count})";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
