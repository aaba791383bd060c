using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Commands;

/// <summary>
/// <c>brainevent bench</c>: times the random builder (once) and the core products on random square
/// FixedPostNumConn&lt;float&gt; matrices with a Stopwatch, each kernel repeated for <c>--seconds</c> (a quarter of a second by default) after one
/// warm-up call. A quick look at this machine, not a substitute for the BenchmarkDotNet suite.
/// </summary>
internal sealed class BenchCommand(IAnsiConsole console) : Command<BenchSettings>
{
    /// <summary>The share of neurons spiking in the event products.</summary>
    private const double SpikeFraction = 0.01;

    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        BrainEventSettings.MaxDegreeOfParallelism = settings.Threads ?? Environment.ProcessorCount;
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]core kernels[/], float, nConn = {settings.NConn}, {BrainEventSettings.MaxDegreeOfParallelism} thread(s)");
        table.AddColumn("neurons");
        table.AddColumn("kernel");
        table.AddColumn(new TableColumn("time per call").RightAligned());
        table.AddColumn(new TableColumn("synapses per second").RightAligned());

        foreach (int n in settings.ParsedSizes())
        {
            var clock = Stopwatch.StartNew();
            var w = FixedPostNumConn<float>.Random(n, n, settings.NConn, 0.5f, seed: 1);
            AddRow(table, n, "Random (build, once)", w.Nse, clock.Elapsed.TotalSeconds);
            var dense = Enumerable.Range(0, n).Select(i => (float)(i % 7) - 3f).ToArray();
            var spikes = Enumerable.Range(0, n).Select(i => i % (int)(1 / SpikeFraction) == 0).ToArray();
            var bits = BitSpikes.FromBools(spikes);
            var result = new float[n];
            long active = spikes.Count(s => s);
            long all = w.Nse;

            Row(table, settings.Seconds, n, "W @ v (MatVec, dense)", all, () => w.MatVec(dense, result));
            Row(table, settings.Seconds, n, "v @ W (VecMat, dense)", all, () => w.VecMat(dense, result));
            Row(table, settings.Seconds, n, "s @ W (VecMat, bool[] 1%)", active * settings.NConn, () => w.VecMat(spikes, result));
            Row(table, settings.Seconds, n, "s @ W (VecMat, BitSpikes 1%)", active * settings.NConn, () => w.VecMat(bits, result));
        }

        console.Write(table);
        return 0;
    }

    private static void Row(Table table, double seconds, int n, string kernel, long synapsesPerCall, Action call)
    {
        call();
        int calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds || calls < 3)
        {
            call();
            calls++;
        }

        AddRow(table, n, kernel, synapsesPerCall, clock.Elapsed.TotalSeconds / calls);
    }

    private static void AddRow(Table table, int n, string kernel, long synapses, double seconds) =>
        table.AddRow(
            n.ToString("N0", CultureInfo.InvariantCulture),
            Markup.Escape(kernel),
            FormatTime(seconds),
            (synapses / seconds).ToString("N0", CultureInfo.InvariantCulture));

    private static string FormatTime(double seconds) => seconds switch
    {
        < 1e-3 => $"{seconds * 1e6:F1} µs",
        < 1 => $"{seconds * 1e3:F2} ms",
        _ => $"{seconds:F2} s",
    };
}
