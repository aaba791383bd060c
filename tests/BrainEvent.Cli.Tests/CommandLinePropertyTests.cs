using BrainEvent.Cli.Commands;
using BrainEvent.Cli.Tests.Properties;
using BrainEvent.Tests.Guarantees;

namespace BrainEvent.Cli.Tests;

/// <summary>
/// Random command lines for both commands, from the options their settings declare: each is accepted and runs (a tiny
/// network, a few milliseconds of timing) or is refused with exit code 2 and a message naming the option or argument at
/// fault, before any work: nothing printed, no folder or file created or changed.
/// </summary>
public class CommandLinePropertyTests
{
    private const string Tmp = CommandLineCase.Folder;

    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private static readonly CommandLineCases Simulate = new(
        "simulate",
        typeof(SimulateSettings),
        OptionValues.Simulate,
        [Default("--duration", "0.001"), Default("--scale", "0.05"), Default("--threads", "1"), Default("--out", $"{Tmp}/plots"), Default("--json", $"{Tmp}/s.json")]);

    private static readonly CommandLineCases Bench = new(
        "bench",
        typeof(BenchSettings),
        OptionValues.Bench,
        [Default("--sizes", "100"), Default("--nconn", "10"), Default("--seconds", "0.001"), Default("--threads", "1")]);

    [Fact]
    public void Simulate_accepts_or_refuses_each_command_line_before_any_work() =>
        SeededCases.Run(Simulate.Cases, 400, seed: 15, Check);

    [Fact]
    public void Bench_accepts_or_refuses_each_command_line_before_any_work() =>
        SeededCases.Run(Bench.Cases, 150, seed: 16, Check);

    [Fact]
    public void The_known_values_are_for_declared_options()
    {
        Assert.Empty(OptionValues.Simulate.Keys.Except(DeclaredOption.Of(typeof(SimulateSettings)).Select(o => o.Name)));
        Assert.Empty(OptionValues.Bench.Keys.Except(DeclaredOption.Of(typeof(BenchSettings)).Select(o => o.Name)));
    }

    private static CommandLineItem Default(string option, string value) => CommandLineItem.Value(ItemKind.Accepted, option, value);

    /// <summary>
    /// Runs the case in a folder holding a file <c>file</c> and an empty folder <c>dir</c>, which the case's paths use to be
    /// unwritable or to exist already.
    /// </summary>
    private static void Check(CommandLineCase commandLine)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("file"), "a file");
        Directory.CreateDirectory(folder.File("dir"));
        var console = new TestConsole();

        string[] args = [.. commandLine.Args.Select(a => a.Replace(Tmp, folder.Path, StringComparison.Ordinal))];

        // Not a timing: a command line that never ends (bench --seconds Infinity did) fails naming itself instead of
        // hanging the run. Every case takes milliseconds; the bound leaves room for a busy machine.
        var run = Task.Run(() => console.Run(args));
        Assert.True(run.Wait(HangBound), $"still running after {HangBound.TotalSeconds} s");
        int code = run.Result;

        if (commandLine.MustName() is not { } named)
        {
            Assert.True(code == 0, $"exit code {code}, expected 0: {console.ErrorOutput}");
            Assert.Contains(commandLine.Command == "simulate" ? "wrote" : "core kernels", console.Output);
            if (commandLine.Command == "simulate")
            {
                Assert.Single(Directory.GetFiles(folder.Path, "*.json", SearchOption.AllDirectories));
                Assert.Single(Directory.GetFiles(folder.Path, "raster.png", SearchOption.AllDirectories));
            }

            return;
        }

        Assert.True(code == 2, $"exit code {code}, expected 2 naming {string.Join(" or ", named)}: {console.ErrorOutput}");
        Assert.True(named.Any(n => console.ErrorOutput.Contains(n, StringComparison.Ordinal)), $"the message names none of {string.Join(", ", named)}: {console.ErrorOutput}");
        Assert.Empty(console.Output);
        Assert.Equal(["dir", "file"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.File("dir")));
        Assert.Equal("a file", File.ReadAllText(folder.File("file")));
    }
}
