using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BrainEvent.Cli.Commands;

/// <summary>The options of <c>brainevent bench</c>.</summary>
internal sealed class BenchSettings : CommandSettings
{
    /// <summary>The longest a kernel is repeated: more is no quick look, and an infinite --seconds would never end.</summary>
    public const double MaxSeconds = 3600;

    [CommandOption("--sizes <N,N,...>")]
    [Description("Square matrix sizes (neurons) to time, comma-separated.")]
    [DefaultValue("4000,40000,400000")]
    public string Sizes { get; init; } = "4000,40000,400000";

    [CommandOption("--nconn <K>")]
    [Description("Connections per row.")]
    [DefaultValue(80)]
    public int NConn { get; init; } = 80;

    [CommandOption("--seconds <SECONDS>")]
    [Description("How long to repeat each kernel, after one warm-up call.")]
    [DefaultValue(0.25)]
    public double Seconds { get; init; } = 0.25;

    [CommandOption("--threads <N>")]
    [Description("BrainEventSettings.MaxDegreeOfParallelism (default: all cores).")]
    public int? Threads { get; init; }

    public int[] ParsedSizes() =>
        Sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToArray();

    public override ValidationResult Validate()
    {
        int[] sizes;
        try
        {
            sizes = ParsedSizes();
        }
        catch (FormatException)
        {
            return ValidationResult.Error($"--sizes must be positive integers separated by commas; got '{Sizes}'.");
        }
        catch (OverflowException)
        {
            return ValidationResult.Error($"--sizes must be positive integers separated by commas; got '{Sizes}'.");
        }

        if (sizes.Length == 0 || sizes.Any(n => n < NConn || n > 10_000_000))
        {
            return ValidationResult.Error($"--sizes must lie in [nConn = {NConn}, 10,000,000]; got '{Sizes}'.");
        }

        if (NConn < 1)
        {
            return ValidationResult.Error($"--nconn must be at least 1; got {NConn}.");
        }

        if (!(Seconds > 0 && Seconds <= MaxSeconds))
        {
            return ValidationResult.Error($"--seconds must be positive and at most {MaxSeconds}; got {Seconds}.");
        }

        return Threads is < 1 ? ValidationResult.Error($"--threads must be at least 1; got {Threads}.") : ValidationResult.Success();
    }
}
