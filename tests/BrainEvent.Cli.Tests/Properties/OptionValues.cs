namespace BrainEvent.Cli.Tests.Properties;

/// <summary>
/// Values the test knows to be accepted or out of range for an option, worked out from the options' documentation. Options
/// missing here (added later) still get the malformed cases their declaration implies.
/// </summary>
/// <param name="Accepted">Values that must run; small enough that a run takes milliseconds.</param>
/// <param name="OutOfRange">Values of the right type that must be refused.</param>
internal sealed record OptionValues(string[] Accepted, string[] OutOfRange)
{
    private const string Tmp = CommandLineCase.Folder;

    /// <summary>
    /// <c>simulate</c>'s options. Every accepted scale gives at least 80 neurons, 64 of them excitatory, so that a trace of
    /// up to 50 neurons fits whatever scale is in effect.
    /// </summary>
    public static IReadOnlyDictionary<string, OptionValues> Simulate { get; } = new Dictionary<string, OptionValues>
    {
        ["--duration"] = new(["0.001", "0.0005", "1e-3"], ["0", "-1", "-0.001", "NaN", "Infinity", "-Infinity", "0.00004", "1000.1", "1e300"]),
        ["--scale"] = new(["0.02", "0.05"], ["0", "-0.05", "0.0001", "0.019", "NaN", "Infinity", "6251", "1e300"]),
        ["--seed"] = new(["0", "7", "18446744073709551615"], []),
        ["--threads"] = new(["1", "2"], ["0", "-1", "-2147483648"]),
        ["--model"] = new(["coba", "cuba", "CUBA"], ["hh", "lif", "coba2", "", " "]),
        ["--out"] = new([$"{Tmp}/plots", $"{Tmp}/dir/plots", $"{Tmp}/dir"], ["", " ", $"{Tmp}/file", $"{Tmp}/file/plots", "/proc/brainevent-plots"]),
        ["--json"] = new([$"{Tmp}/s.json", $"{Tmp}/new/s.json"], ["", $"{Tmp}/dir", $"{Tmp}/dir/", $"{Tmp}/file/s.json", $"{Tmp}/new/file/", "/proc/brainevent.json"]),
        ["--set"] = new(["we=0.5", "wi=-6.7", "we=1e-3"], ["we", "=1", "we=", "we=nan", "we=inf", "we=1e39", "we=0.5=1", "gl=1", "Vth=-50", "WE=1"]),
        ["--delay"] = new(["0", "0.1", "1.5"], ["0.05", "-0.1", "0.15", "NaN", "Infinity", "6553.6", "1e300"]),
        ["--trace"] = new(["0", "3", "50"], ["-1", "51", "2147483647"]),
        ["--checkpoint-every"] = new(["0", "0.001", "0.0005"], ["-1", "-0.001", "0.00001", "NaN", "Infinity", "1000.1", "1e300"]),
        ["--resume"] = new([], ["", $"{Tmp}/no-such.ckpt", $"{Tmp}/dir"]),
    };

    /// <summary><c>bench</c>'s options; every accepted size is at least the largest accepted <c>--nconn</c>.</summary>
    public static IReadOnlyDictionary<string, OptionValues> Bench { get; } = new Dictionary<string, OptionValues>
    {
        ["--sizes"] = new(["100", "100,120", " 60 , 90 "], ["", "0", "x", "-5", "100,,x", "5", "1.5", "10000001", "99999999999", "100;200"]),
        ["--nconn"] = new(["10", "50"], ["0", "-3"]),
        ["--seconds"] = new(["0.001", "1e-4"], ["0", "-1", "NaN", "Infinity", "1e300"]),
        ["--threads"] = new(["1", "2"], ["0", "-1"]),
    };
}
