namespace BrainEvent.Networks;

/// <summary>A projection's part of a checkpoint: the first step whose spikes it delivers (the step it was connected in).</summary>
internal abstract partial class ProjectionRuntime : ICheckpointed
{
    public abstract void Save(CheckpointWriter writer, long step);

    public abstract Action Load(CheckpointReader reader, long step);
}

/// <inheritdoc cref="ProjectionRuntime"/>
internal sealed partial class ProjectionRuntime<T>
{
    public override void Save(CheckpointWriter writer, long step) => writer.Write(_firstSourceStep);

    public override Action Load(CheckpointReader reader, long step)
    {
        long first = reader.ReadInt64();
        if (first < 0 || first > step)
        {
            throw reader.Corrupt($"a projection first delivering spikes of step {first}, outside [0, {step}]");
        }

        return () => _firstSourceStep = first;
    }
}
