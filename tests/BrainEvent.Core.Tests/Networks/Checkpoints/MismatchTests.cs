using BrainEvent.Networks;
using BrainEvent.Tests.IO;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// A checkpoint restores only into a network built as the saved one was: any difference in options,
/// populations, projections or monitors is an <see cref="ArgumentException"/> naming <c>network</c> and the
/// first differing part, and the network is left as it was. Saving and restoring refuse bad arguments by name.
/// </summary>
public sealed class MismatchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public MismatchTests()
    {
        _path = _folder.File("saved.ckpt");
        using var saved = Build();
        saved.Run(0.5);
        saved.SaveCheckpoint(_path);
    }

    public static TheoryData<string, string> Differences => new()
    {
        { "dt", "network: dt 0.05 ms" },
        { "seed", "seed 8" },
        { "count", "CobaLif (Single) x 129" },
        { "model", "population 1: Probe (Single) x 64" },
        { "delay", "delay 3 steps" },
        { "per-synapse", "per-synapse delays up to 4 steps" },
        { "into", "into Gi" },
        { "view", "population 0 [0, 100)" },
        { "monitor", "monitor 1: V of population 0 [0, 128) every 2 steps" },
        { "missing monitor", "where this network has \"nothing more\"" },
        { "extra projection", "where this network has \"projection 1: population 0 [0, 128) -> population 0 [0, 128) into Gi" },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void A_network_built_differently_is_refused_by_name_and_left_unchanged(string difference, string message)
    {
        using var other = Build(difference);
        var before = Fingerprint.Of(other);
        var error = Assert.Throws<ArgumentException>(() => Network.RestoreCheckpoint(_path, other));
        Assert.Equal("network", error.ParamName);
        Assert.Contains(message, error.Message);
        Assert.Contains(_path, error.Message);
        Assert.Equal(0, other.Step);
        Assert.Equal(before, Fingerprint.Of(other));
    }

    [Fact]
    public void Bad_arguments_and_states_are_refused()
    {
        using var net = Build();
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => net.SaveCheckpoint("")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => Network.RestoreCheckpoint(null!, net)).ParamName);
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => Network.RestoreCheckpoint(_path, null!)).ParamName);
        Assert.Throws<FileNotFoundException>(() => Network.RestoreCheckpoint(_folder.File("absent.ckpt"), net));
        net.Dispose();
        Assert.Throws<ObjectDisposedException>(() => net.SaveCheckpoint(_path));
        Assert.Throws<ObjectDisposedException>(() => Network.RestoreCheckpoint(_path, net));
    }

    [Fact]
    public void A_faulted_network_is_neither_saved_nor_restored_into()
    {
        using var net = new Network(new NetworkOptions { Threads = 1 });
        net.AddPopulation(10, new Pacer { Countdown = 3 });
        Assert.Throws<TimeoutException>(() => net.Run(1, new CallbackProgress(_ => throw new TimeoutException())));
        Assert.Throws<InvalidOperationException>(() => net.SaveCheckpoint(_folder.File("faulted.ckpt")));
        Assert.Throws<InvalidOperationException>(() => Network.RestoreCheckpoint(_path, net));
    }

    [Fact]
    public void Saving_over_a_checkpoint_leaves_no_temporary_file()
    {
        using var net = Build();
        net.SaveCheckpoint(_path);
        net.SaveCheckpoint(_path);
        Assert.Equal(["saved.ckpt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A small network, or one with <paramref name="difference"/>.</summary>
    private static Network Build(string difference = "")
    {
        var net = new Network(new NetworkOptions { Dt = difference == "dt" ? 0.05 : 0.1, Seed = difference == "seed" ? 8UL : 7UL, Threads = 1 });
        var coba = net.AddPopulation(difference == "count" ? 129 : 128, CobaLif.Benchmark);
        var probes = difference == "model" ? (PopulationView)net.AddPopulation(64, new Probe()) : net.AddPopulation(64, CobaLif.Benchmark);
        var w = FixedPostNumConn<float>.Random(128, 128, 8, 0.5f, seed: 1);
        var narrow = FixedPostNumConn<float>.Random(100, 128, 8, 0.5f, seed: 1);
        if (difference == "view")
        {
            net.Connect(coba[..100], coba[..128], narrow, into: "Ge", delay: 0.2);
        }
        else if (difference == "per-synapse")
        {
            net.Connect(coba[..128], coba[..128], w, into: "Ge", delaySteps: Enumerable.Repeat((ushort)4, w.Nse).ToArray());
        }
        else
        {
            net.Connect(coba[..128], coba[..128], w, into: difference == "into" ? "Gi" : "Ge", delay: difference == "delay" ? 0.3 : 0.2);
        }

        if (difference == "extra projection")
        {
            net.Connect(coba[..128], coba[..128], w, into: "Gi");
        }

        net.RecordSpikes(coba);
        if (difference != "missing monitor")
        {
            net.RecordState(coba, "V", [1, 2, 3], every: difference == "monitor" ? 2 : 1);
        }

        _ = probes;
        return net;
    }
}

