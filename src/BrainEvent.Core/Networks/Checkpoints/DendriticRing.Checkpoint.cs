namespace BrainEvent.Networks;

/// <summary>A delay ring's part of a checkpoint: every row, so arrivals still due survive.</summary>
internal abstract partial class DendriticRing : ICheckpointed
{
    public abstract void Save(CheckpointWriter writer, long step);

    public abstract Action Load(CheckpointReader reader, long step);
}

/// <inheritdoc cref="DendriticRing"/>
internal sealed unsafe partial class DendriticRing<T>
{
    public override void Save(CheckpointWriter writer, long step)
    {
        writer.Write(Depth);
        writer.Write<T>(Stored);
    }

    public override Action Load(CheckpointReader reader, long step)
    {
        int depth = reader.ReadInt32();
        if (depth != Depth)
        {
            throw reader.Corrupt($"a ring of depth {depth} where the network's has {Depth}");
        }

        var rows = reader.ReadArray<T>(Depth * Stride);
        return () => rows.CopyTo(Stored);
    }
}
