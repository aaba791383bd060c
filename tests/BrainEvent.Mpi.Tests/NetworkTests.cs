using BrainEvent.Mpi.Tests.Support;
using BrainEvent.MpiHost;

namespace BrainEvent.Mpi.Tests;

/// <summary>
/// A network distributed over 2 and 3 ranks fires exactly the spikes of the same network run in this process
/// with one thread: every spike's step and neuron, compared through their count and hash; and a state monitor's
/// samples gathered from the ranks, each of which holds only its own neurons' state, are those of that process, bit for bit.
/// </summary>
[Collection(MpiCollection.Name)]
public class NetworkTests
{
    private const double Ms = 300;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("coba", 4000, 2, 1)]
    [InlineData("coba", 4000, 3, 1)]
    [InlineData("coba", 4000, 2, 2)]
    [InlineData("delays", 2000, 2, 1)]
    [InlineData("delays", 2000, 3, 1)]
    public void Ranks_fire_the_spikes_of_one_process(string name, int neurons, int ranks, int threads)
    {
        var reference = NetworkRuns.Run(name, world: null, threads: 1, Ms);

        var run = MpiRun.Launch(ranks, $"network {name} {threads} {Ms}", Timeout);

        Assert.True(run.ExitCode == 0 && !run.TimedOut, run.Describe());
        Assert.True(reference.Steps.Length > 1000, $"the reference fired only {reference.Steps.Length} spikes: too few to tell runs apart");
        Assert.Equal($" {reference.Steps.Length} {NetworkRuns.Hash(reference)}", HostOutput.ResultsOf(run.Output, 0)[name]);
        AssertBlocks(run, ranks, neurons, reference.Steps.Length);
    }

    [Theory]
    [InlineData("coba", 2, 1)]
    [InlineData("coba", 3, 2)]
    [InlineData("delays", 3, 1)]
    public void Gathered_states_are_those_of_one_process(string name, int ranks, int threads)
    {
        var reference = NetworkRuns.States(name, world: null, threads: 1, Ms);

        var run = MpiRun.Launch(ranks, $"states {name} {threads} {Ms}", Timeout);

        Assert.True(run.ExitCode == 0 && !run.TimedOut, run.Describe());
        Assert.True(reference.GetLength(0) > 400 && reference[reference.GetLength(0) - 1, 0] != reference[0, 0], "the reference recorded too little to tell runs apart");
        Assert.Equal($" {reference.GetLength(0)} {reference.GetLength(1)} {NetworkRuns.Hash(reference)}", HostOutput.ResultsOf(run.Output, 0)[$"states {name}"]);
    }

    // Rank r runs words [W r / R, W (r + 1) / R) of the W 64-neuron words, and the ranks' spikes add up to the reference's.
    private static void AssertBlocks(MpiRunResult run, int ranks, int neurons, int spikes)
    {
        var blocks = run.Output.Split('\n')
            .Select(line => line.Split(' '))
            .Where(words => words is ["rank", _, "owns", ..])
            .Select(words => (Rank: int.Parse(words[1]), From: int.Parse(words[3].Trim('[', ',')), To: int.Parse(words[4].TrimEnd(')')), Spikes: int.Parse(words[7])))
            .OrderBy(block => block.Rank)
            .ToArray();
        int words = (neurons + 63) / 64;
        var expected = Enumerable.Range(0, ranks).Select(r => (r, words * r / ranks * 64, Math.Min(neurons, words * (r + 1) / ranks * 64))).ToArray();
        Assert.Equal(expected, blocks.Select(b => (b.Rank, b.From, b.To)).ToArray());
        Assert.Equal(spikes, blocks.Sum(b => b.Spikes));
    }
}
