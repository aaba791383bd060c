using BrainEvent.Networks;
using BrainEvent.Tests.IO;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// A save that fails part way (<see cref="CrashingStream"/> through the writer's internal seam: after 0 bytes, in
/// the header, at seeded places in the payload, at the last byte, and with every byte written but before the
/// rename) leaves the previous checkpoint byte for byte as it was, still restorable to the state it saved, and no
/// temporary file behind.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_save_that_fails_part_way_leaves_the_previous_checkpoint_intact()
    {
        string path = _folder.File("saved.ckpt");
        using var net = Build();
        net.Run(0.5);
        net.SaveCheckpoint(path);
        byte[] previous = File.ReadAllBytes(path);
        byte[] savedState = Fingerprint.Of(net);
        net.Run(0.5);
        Assert.NotEqual(savedState, Fingerprint.Of(net));

        long total = CheckpointFormat.HeaderBytes + Fingerprint.Of(net).Length;
        var random = new Random(15);
        long[] crashes = [0, 1, CheckpointFormat.HeaderBytes - 1, .. Enumerable.Range(0, 5).Select(_ => random.NextInt64(CheckpointFormat.HeaderBytes, total)), total - 1, total];
        foreach (long crashAt in crashes)
        {
            var writer = new CheckpointWriter();
            net.WriteCheckpoint(writer);
            Assert.Throws<IOException>(() => writer.SaveTo(path, file => new CrashingStream(file, crashAt)));

            Assert.True(previous.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"the checkpoint changed by a save crashing after {crashAt} of {total} bytes");
            Assert.Equal(["saved.ckpt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
            using var restored = Build();
            Network.RestoreCheckpoint(path, restored);
            Assert.Equal(savedState, Fingerprint.Of(restored));
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A small recurrent network with a spike monitor, so the state and the records change as it runs.</summary>
    private static Network Build()
    {
        var net = new Network(new NetworkOptions { Dt = 0.1, Seed = 7UL, Threads = 1 });
        var coba = net.AddPopulation(128, CobaLif.Benchmark);
        net.Connect(coba[..128], coba[..128], FixedPostNumConn<float>.Random(128, 128, 8, 0.5f, seed: 1), into: "Ge", delay: 0.2);
        net.RecordSpikes(coba);
        return net;
    }
}
