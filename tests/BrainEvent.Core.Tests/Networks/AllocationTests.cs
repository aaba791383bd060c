using BrainEvent.NetworkBench;
using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>Tests that count the process's allocated bytes, so nothing else may run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocation";
}

/// <summary>A step allocates nothing, on any thread: a run's allocations do not grow with its length.</summary>
[Collection(AllocationCollection.Name)]
public sealed class AllocationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_bytes_a_run_allocates_do_not_depend_on_its_number_of_steps(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var (all, _) = CobaNetwork.Build(net, 0.5, 42, CobaLifVector.Benchmark);
        net.Connect(all[..100], all[200..], FixedPostNumConn<float>.Random(100, all.Count - 200, 10, 0.1f, seed: 3), into: "Gi", delaySteps: new ushort[1000]);
        net.Run(100);                                                 // warm-up: compiles everything once

        long shortRun = AllocatedDuring(() => net.Run(10));
        long longRun = AllocatedDuring(() => net.Run(500));
        Assert.True(longRun <= shortRun, $"a run of 5000 steps allocated {longRun} bytes, one of 100 steps {shortRun}");
        Assert.True(shortRun < 16 * 1024, $"a run allocated {shortRun} bytes (its worker threads and nothing else, expected)");
    }

    [Fact]
    public void Monitors_allocate_between_steps_only_what_their_records_need()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        var (all, _) = CobaNetwork.Build(net, 0.5, 42, CobaLifVector.Benchmark);
        var spikes = net.RecordSpikes(all);
        var rate = net.RecordRate(all, binMs: 1);
        var trace = net.RecordState(all, "V", [0, 1, 2], every: 10);
        net.Run(500);                                                 // warm-up: the monitors' buffers grow

        int before = spikes.Count;
        long allocated = AllocatedDuring(() => net.Run(500));
        long recordBytes = (2L * 4 * (spikes.Count - before)) + (3L * 4 * 500) + (8L * 500) + (16L * 500);
        Assert.True(allocated < (4 * recordBytes) + (64 * 1024), $"a run recording {spikes.Count - before} spikes allocated {allocated} bytes");
        Assert.Equal(1000, rate.RatesHz.Length);
        Assert.Equal(1000, trace.Samples);
    }

    private static long AllocatedDuring(Action run)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        run();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}
