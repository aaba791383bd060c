namespace BrainEvent.Cli.Tests;

/// <summary>Command lines that must be refused with exit code 2 and a message naming the problem, before any work.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("--duraton", "--duration")]
    [InlineData("--dur", "--duration")]
    [InlineData("--thread", "--threads")]
    [InlineData("--Seed", "--seed")]
    [InlineData("-duration", "--duration")]
    public void A_typo_is_an_error_that_suggests_the_option_meant(string typo, string meant)
    {
        var run = Refused("simulate", typo, "10");
        Assert.Contains($"simulate: unknown option '{typo}'; did you mean {meant}?", run.ErrorOutput);
    }

    [Fact]
    public void An_unknown_option_like_none_lists_the_options()
    {
        var run = Refused("simulate", "--frobnicate");
        Assert.Contains("simulate: unknown option '--frobnicate'; the options are --duration, --scale, --seed, --threads, --model, --out, --json, --set, --delay, --trace, --stdp, --checkpoint-every, --resume, --help", run.ErrorOutput);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("--duration", "0.1", "extra")]
    [InlineData("--", "extra")]
    public void A_stray_argument_is_an_error(params string[] args)
    {
        var run = Refused(["simulate", .. args]);
        Assert.Contains($"simulate: unexpected argument '{args[^1]}'; it takes only options", run.ErrorOutput);
    }

    [Fact]
    public void An_option_without_its_value_is_an_error()
    {
        var run = Refused("simulate", "--out");
        Assert.Contains("--out needs a value: --out <DIR>", run.ErrorOutput);
    }

    [Fact]
    public void Bench_refuses_unknown_options_too()
    {
        var run = Refused("bench", "--sise", "500");
        Assert.Contains("bench: unknown option '--sise'; did you mean --sizes?", run.ErrorOutput);
    }

    [Theory]
    [InlineData("--duration", "inf", "--duration must be a number; got 'inf'.")]
    [InlineData("--duration", "abc", "--duration must be a number; got 'abc'.")]
    [InlineData("--duration", "Infinity", "--duration must be at least one step (0.1 ms) and at most 1000 s; got ")]
    [InlineData("--scale", "-1", "--scale must give between 80 (the targets per neuron) and 25000000 neurons (4000 * scale); got scale -1 = -4000 neurons.")]
    [InlineData("--seed", "-3", "--seed must be a whole number from 0 to 18446744073709551615; got '-3'.")]
    [InlineData("--threads", "0", "--threads must be at least 1; got 0.")]
    [InlineData("--threads", "1.5", "--threads must be a whole number; got '1.5'.")]
    public void A_bad_number_names_its_option(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var run = Refused("simulate", option, value, "--out", folder.File("plots"), "--json", folder.File("summary.json"));
        Assert.Contains(message, run.ErrorOutput);
        Assert.False(Directory.Exists(folder.File("plots")));
        Assert.False(File.Exists(folder.File("summary.json")));
    }

    [Fact]
    public void A_bad_number_for_bench_names_its_option()
    {
        var run = Refused("bench", "--nconn", "many");
        Assert.Contains("--nconn must be a whole number; got 'many'.", run.ErrorOutput);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("1e300")]
    public void Bench_refuses_seconds_that_would_never_end(string seconds)
    {
        // Found by CommandLinePropertyTests: these passed the check for a positive value and repeated the first kernel forever.
        var run = Refused("bench", "--sizes", "100", "--nconn", "10", "--seconds", seconds);
        Assert.Contains("--seconds must be positive and at most 3600; got ", run.ErrorOutput);
    }

    /// <summary>Runs <paramref name="args"/>, which must fail with exit code 2 before printing anything but the error.</summary>
    private static TestConsole Refused(params string[] args)
    {
        var console = new TestConsole();
        Assert.Equal(2, console.Run(args));
        Assert.Empty(console.Output);
        return console;
    }
}
