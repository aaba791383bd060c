using BrainEvent.Networks;
using BrainEvent.Tests.IO;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// A run stopped at step k, saved, and resumed from its checkpoint in a network built again gives the same
/// spikes, state and monitor records, bit for bit, as a run that never stopped: for one delay per projection
/// and per-synapse delays, several k (inside the first refractory period, mid-bin, after many spikes), on 1
/// and 2 threads and across thread counts.
/// </summary>
public sealed class ResumeTests
{
    private const int Steps = 300;

    [Theory]
    [InlineData(false, 1, 1, 1)]
    [InlineData(false, 37, 1, 1)]
    [InlineData(false, 150, 2, 2)]
    [InlineData(false, 299, 2, 1)]
    [InlineData(true, 1, 2, 2)]
    [InlineData(true, 37, 1, 2)]
    [InlineData(true, 150, 1, 1)]
    [InlineData(true, 211, 2, 2)]
    public void A_resumed_run_matches_one_that_never_stopped(bool perSynapseDelays, int k, int threadsBefore, int threadsAfter)
    {
        var expected = Uninterrupted(perSynapseDelays);
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using (var first = new CheckpointedRun(perSynapseDelays, threadsBefore))
        {
            first.Run(k);
            first.Network.SaveCheckpoint(path);
        }

        using var resumed = new CheckpointedRun(perSynapseDelays, threadsAfter);
        Network.RestoreCheckpoint(path, resumed.Network);
        Assert.Equal(k, resumed.Network.Step);
        resumed.Run(Steps - k);
        resumed.Result().AssertSame(expected);
    }

    [Fact]
    public void Saving_in_the_middle_of_several_runs_and_resuming_twice_still_matches()
    {
        var expected = Uninterrupted(perSynapseDelays: true);
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using (var first = new CheckpointedRun(perSynapseDelays: true, threads: 2))
        {
            first.Run(20);
            first.Run(45);
            first.Network.SaveCheckpoint(path);
        }

        using (var second = new CheckpointedRun(perSynapseDelays: true, threads: 1))
        {
            Network.RestoreCheckpoint(path, second.Network);
            second.Run(100);
            second.Network.SaveCheckpoint(path);              // over the first checkpoint
        }

        using var third = new CheckpointedRun(perSynapseDelays: true, threads: 2);
        Network.RestoreCheckpoint(path, third.Network);
        third.Run(Steps - 165);
        third.Result().AssertSame(expected);
    }

    [Fact]
    public void The_runs_compared_spike_through_every_projection_and_the_resumed_part_has_spikes_of_its_own()
    {
        var outcome = Uninterrupted(perSynapseDelays: true);
        Assert.True(outcome.SpikeSteps.Length > 500, $"{outcome.SpikeSteps.Length} spikes");
        Assert.Contains(outcome.SpikeSteps, s => s > 211);
        Assert.Contains(outcome.ProbeTotal, t => t > 0);
        Assert.Contains(outcome.Gi, g => g > 0);
    }

    [Fact]
    public void Projections_and_monitors_added_between_runs_resume_as_they_were()
    {
        using var folder = new TempFolder();
        string path = folder.File("late.ckpt");
        CheckpointedRun.Outcome expected;
        int[] lateSpikes;
        using (var whole = new CheckpointedRun(perSynapseDelays: false, threads: 1))
        {
            whole.Run(50);
            var late = AddLateParts(whole.Network, whole);
            whole.Run(50);
            whole.Network.SaveCheckpoint(path);
            whole.Run(100);
            expected = whole.Result();
            lateSpikes = [.. late.Neurons];
        }

        using var resumed = new CheckpointedRun(perSynapseDelays: false, threads: 2);
        var resumedLate = AddLateParts(resumed.Network, resumed);
        Network.RestoreCheckpoint(path, resumed.Network);
        resumed.Run(100);
        resumed.Result().AssertSame(expected);
        Assert.Equal(lateSpikes, resumedLate.Neurons);
    }

    /// <summary>A projection (which delivers spikes only from the step it is connected in) and a monitor, added after step 50 in the first run.</summary>
    private static SpikeMonitor AddLateParts(Network network, CheckpointedRun run)
    {
        var w = FixedPostNumConn<float>.Random(run.Coba.Count, run.Probes.Count, 5, 1f, seed: 99);
        network.Connect(run.Coba, run.Probes, w, into: "In", delay: 2.0);
        return network.RecordSpikes(run.Coba[..50]);
    }

    private static CheckpointedRun.Outcome Uninterrupted(bool perSynapseDelays)
    {
        using var run = new CheckpointedRun(perSynapseDelays, threads: 1);
        run.Run(Steps);
        return run.Result();
    }
}
