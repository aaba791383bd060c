using System.Globalization;
using BrainEvent.Cli.Simulation;
using Spectre.Console;

namespace BrainEvent.Cli.Output;

/// <summary>The table printed after a run.</summary>
internal static class SummaryTable
{
    public static Table Create(SimulationResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]summary[/]");
        table.AddColumn("quantity");
        table.AddColumn(new TableColumn("value").RightAligned());
        Add(table, "neurons", $"{result.Options.Neurons:N0} ({result.Options.Excitatory:N0} E, {result.Options.Inhibitory:N0} I)");
        Add(table, "synapses", $"{result.Synapses:N0}");
        Add(table, "steps", $"{result.Steps:N0} (dt = {SimulationOptions.DtMs} ms, {result.SimulatedSeconds:0.###} s)");
        Add(table, "wall time", $"{result.WallSeconds:F3} s (propagation {result.PropagationSeconds:F3} s, neuron update {result.UpdateSeconds:F3} s)");
        Add(table, "simulated s per wall s", $"{result.SimulatedPerWallSecond:F2}");
        Add(table, "synaptic events per s", $"{result.EventsPerSecond:N0}");
        Add(table, "mean rate E", $"{result.RateExcitatoryHz:F2} Hz");
        Add(table, "mean rate I", $"{result.RateInhibitoryHz:F2} Hz");
        return table;
    }

    private static void Add(Table table, string name, FormattableString value) =>
        table.AddRow(Markup.Escape(name), Markup.Escape(value.ToString(CultureInfo.InvariantCulture)));
}
