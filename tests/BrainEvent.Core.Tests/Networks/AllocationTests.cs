using BrainEvent.NetworkBench;
using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>Tests that count allocated bytes run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocation";
}

/// <summary>
/// A step allocates nothing, on any thread: the run's threads count what they allocate inside the step loop
/// (progress reports included). The process-wide count is no use here: the test host allocates meanwhile.
/// </summary>
[Collection(AllocationCollection.Name)]
public sealed class AllocationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_step_loop_allocates_nothing_on_any_thread(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var (all, _) = CobaNetwork.Build(net, 0.5, 42, CobaLifVector.Benchmark);
        net.Connect(all[..100], all[200..], FixedPostNumConn<float>.Random(100, all.Count - 200, 10, 0.1f, seed: 3), into: "Gi", delaySteps: new ushort[1000]);
        net.Run(100);                                                 // warm-up: compiles everything once

        net.Run(500, new CallbackProgress(_ => { }));
        Assert.Equal(0, net.AllocatedInLastRun);
    }

    [Fact]
    public void Monitors_allocate_in_the_loop_only_record_chunks_once_their_buffers_have_grown()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        var (all, _) = CobaNetwork.Build(net, 0.5, 42, CobaLifVector.Benchmark);
        var spikes = net.RecordSpikes(all);
        var rate = net.RecordRate(all, binMs: 1);
        var trace = net.RecordState(all, "V", [0, 1, 2], every: 10);
        net.Run(800);                                                 // the spike records grow to more than a run of 500 ms needs

        net.Run(500);
        Assert.Equal(0, net.AllocatedInLastRun);
        Assert.Equal(1300, rate.RatesHz.Length);
        Assert.Equal(1300, trace.Samples);
        Assert.True(spikes.Count > 10_000);
    }
}
