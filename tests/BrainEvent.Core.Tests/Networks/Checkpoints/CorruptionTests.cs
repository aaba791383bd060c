using BrainEvent.Networks;
using BrainEvent.Tests.Guarantees;
using BrainEvent.Tests.IO;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// Damaged checkpoints: truncations and thousands of random flips, insertions, deletions and hostile numbers
/// (fixed seed), with the checksum left as it was or recomputed. Damage the checksum sees is an
/// <see cref="InvalidDataException"/> naming the file, always. Resealed damage is refused the same way, or,
/// in the structure text, is a mismatch (<see cref="ArgumentException"/> naming <c>network</c>), or (a state
/// value changed) restores. A refused restore leaves the network exactly as it was and allocates less than
/// four times the file plus a megabyte, whatever the counts in the file claim.
/// </summary>
public sealed class CorruptionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly byte[] _valid;
    private CheckpointedRun _target;
    private readonly byte[] _untouched;

    public CorruptionTests()
    {
        using (var source = Sample())
        {
            source.Run(23);
            string path = _folder.File("valid.ckpt");
            source.Network.SaveCheckpoint(path);
            _valid = File.ReadAllBytes(path);
        }

        _target = Sample();
        _untouched = Fingerprint.Of(_target.Network);
    }

    [Fact]
    public void The_sample_itself_restores_to_the_same_bytes()
    {
        using var restored = Sample();
        Network.RestoreCheckpoint(_folder.File("valid.ckpt"), restored.Network);
        Assert.Equal(23, restored.Network.Step);
        Assert.Equal(_valid[24..], Fingerprint.Of(restored.Network));              // after the 24-byte header
    }

    [Fact]
    public void Truncations_are_refused()
    {
        var lengths = Enumerable.Range(0, 64).Concat(Enumerable.Range(0, _valid.Length / 97).Select(i => i * 97)).Append(_valid.Length - 1);
        foreach (int length in lengths)
        {
            Assert.Equal(1, Restore(_valid[..length], out var error));
            Assert.IsType<InvalidDataException>(error);
        }
    }

    [Fact]
    public void Random_damage_is_refused_or_restores_a_valid_state()
    {
        int[] outcomes = new int[3];
        SeededCases.Run(CheckpointDamage.Gen, 3000, 1789, damage =>
        {
            var bytes = damage.Apply(_valid);
            int outcome = Restore(bytes, out var error);
            outcomes[outcome]++;
            if (!damage.Reseal && !bytes.AsSpan().SequenceEqual(_valid))
            {
                Assert.IsType<InvalidDataException>(error);
            }
        });

        // Unsealed damage is all caught by the checksum; resealed damage mostly by the parser's checks.
        Assert.InRange(outcomes[1], 2000, 3000);
        Assert.InRange(outcomes[0], 1, 1000);
    }

    public void Dispose()
    {
        _target.Dispose();
        _folder.Dispose();
    }

    private static CheckpointedRun Sample() => new(perSynapseDelays: true, threads: 2, neurons: 200);

    /// <summary>
    /// Restores <paramref name="bytes"/> into the target: 0 when it restored (the target is then rebuilt), 1
    /// for an <see cref="InvalidDataException"/> naming the file, 2 for a structure mismatch naming
    /// <c>network</c>; after a refusal the target must be unchanged and the allocation bounded.
    /// </summary>
    private int Restore(byte[] bytes, out Exception? error)
    {
        string path = _folder.File("damaged.ckpt");
        File.WriteAllBytes(path, bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            Network.RestoreCheckpoint(path, _target.Network);
            error = null;
            _target.Dispose();
            _target = Sample();
            return 0;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            error = e;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < (4L * bytes.Length) + (1 << 20), $"refusing a {bytes.Length}-byte file allocated {allocated} bytes: {error.Message}");
        Assert.Equal(_untouched, Fingerprint.Of(_target.Network));
        if (error is InvalidDataException)
        {
            Assert.StartsWith(path, error.Message);
            return 1;
        }

        Assert.Equal("network", ((ArgumentException)error).ParamName);
        return 2;
    }
}
