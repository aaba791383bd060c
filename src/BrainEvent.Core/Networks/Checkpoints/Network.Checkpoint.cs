using System.Text;

namespace BrainEvent.Networks;

/// <summary>Checkpoints: the state of a network between runs, saved to a file and restored into a network built the same way.</summary>
public sealed partial class Network
{
    /// <summary>
    /// Saves the network's state between runs to <paramref name="path"/> (<see cref="CheckpointFormat"/>): the
    /// step counter, every population's state, refractory countdowns and the spikes its delays still deliver,
    /// the delay rings, and every monitor's records. The file is written next to <paramref name="path"/> and
    /// moved over it when complete, so an existing checkpoint is replaced only by a whole one. Weights,
    /// parameters and options are not saved: the code that built the network builds them again.
    /// </summary>
    /// <exception cref="ArgumentException">The path is null or empty.</exception>
    /// <exception cref="InvalidOperationException">Called during a run, or on a faulted network.</exception>
    public void SaveCheckpoint(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ThrowIfBusy();
        if (_faulted)
        {
            throw new InvalidOperationException("A step of an earlier run failed, so the state is that of an unfinished step and cannot be saved.");
        }

        ThrowIfDistributed();

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Checkpoints need a little-endian machine.");
        }

        var writer = new CheckpointWriter();
        WriteCheckpoint(writer);
        writer.SaveTo(path);
    }

    /// <summary>
    /// Restores the checkpoint at <paramref name="path"/> into <paramref name="network"/>, which the caller has
    /// built again as the saved network was built (the same options, populations, projections with the same
    /// weights, and monitors, in the same order); <see cref="Run"/> then continues from the saved step with the
    /// same spikes as a run that never stopped, on any number of threads. The whole file is read and checked
    /// before anything changes: if it is not valid, or the network does not match, the network is left as it was.
    /// </summary>
    /// <exception cref="ArgumentException">The path is null or empty, or <paramref name="network"/>'s structure is not the checkpoint's (the message names the first difference).</exception>
    /// <exception cref="InvalidDataException">The file is not a valid checkpoint: corrupt, truncated or of another format version.</exception>
    /// <exception cref="InvalidOperationException">The network is running or faulted.</exception>
    public static void RestoreCheckpoint(string path, Network network)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(network);
        network.ThrowIfBusy();
        if (network._faulted)
        {
            throw new InvalidOperationException("The network is faulted by a failed run; build a new one to restore into.");
        }

        network.ThrowIfDistributed();

        var reader = CheckpointReader.Open(path);
        reader.BeginSection(CheckpointFormat.Shape);
        NetworkShape.Check(reader.ReadText().Split('\n'), network.Shape(), path, nameof(network));
        reader.BeginSection(CheckpointFormat.Clock);
        long step = reader.ReadInt64();
        if (step is < 0 or > int.MaxValue)
        {
            throw reader.Corrupt($"the step counter is {step}, outside [0, {int.MaxValue}]");
        }

        var apply = new List<Action>();
        foreach (var (tag, part) in network.CheckpointParts())
        {
            reader.BeginSection(tag);
            apply.Add(part.Load(reader, step));
        }

        reader.End();
        apply.ForEach(a => a());
        network.Step = step;
    }

    /// <summary>Writes every section of the network's checkpoint to <paramref name="writer"/>.</summary>
    internal void WriteCheckpoint(CheckpointWriter writer)
    {
        writer.BeginSection(CheckpointFormat.Shape);
        writer.Write<byte>(Encoding.UTF8.GetBytes(string.Join('\n', Shape())));
        writer.EndSection();
        writer.BeginSection(CheckpointFormat.Clock);
        writer.Write(Step);
        writer.EndSection();
        foreach (var (tag, part) in CheckpointParts())
        {
            writer.BeginSection(tag);
            part.Save(writer, Step);
            writer.EndSection();
        }
    }

    private string[] Shape() => NetworkShape.Describe(Options, _populations, _connected, _recorders);

    /// <summary>Every rank refuses alike: a rank holds other ranks' neurons' state unadvanced, so its file alone could not resume them.</summary>
    private void ThrowIfDistributed()
    {
        if (Ranks > 1)
        {
            throw new InvalidOperationException($"Checkpoints are not supported on a network distributed over {Ranks} ranks.");
        }
    }

    /// <summary>The parts a checkpoint holds, with their section tags, in file order.</summary>
    private IEnumerable<(string Tag, ICheckpointed Part)> CheckpointParts() =>
    [
        .. _populations.Select(p => (CheckpointFormat.Population, (ICheckpointed)p)),
        .. _rings.Select(r => (CheckpointFormat.Ring, (ICheckpointed)r)),
        .. _projections.Select(p => (CheckpointFormat.Projection, (ICheckpointed)p)),
        // A plastic projection records too (its pre traces), but is saved once, as a projection.
        .. _recorders.Where(m => m is not ProjectionRuntime).Select(m => (CheckpointFormat.Monitor, (ICheckpointed)m)),
    ];
}
