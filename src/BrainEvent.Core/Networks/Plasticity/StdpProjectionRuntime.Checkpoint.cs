namespace BrainEvent.Networks;

/// <summary>
/// A plastic projection's part of a checkpoint: the step it was connected in, its learned weights (delivery
/// order), both parity buffers of the pre traces and the post traces. The rule and its constants are the
/// caller's code, built again like the weights it started from.
/// </summary>
internal sealed unsafe partial class StdpProjectionRuntime<T, TRule>
{
    public override void Save(CheckpointWriter writer, long step)
    {
        writer.Write(_firstSourceStep);
        writer.Write<T>(Weights);
        writer.Write<T>(new ReadOnlySpan<T>(_preTraces.Pointer, 2 * _preCount));
        writer.Write<T>(PostTraces);
    }

    public override Action Load(CheckpointReader reader, long step)
    {
        long first = reader.ReadInt64();
        if (first < 0 || first > step)
        {
            throw reader.Corrupt($"a projection first delivering spikes of step {first}, outside [0, {step}]");
        }

        var weights = reader.ReadArray<T>(Synapses);
        var preTraces = reader.ReadArray<T>(2L * _preCount);
        var postTraces = reader.ReadArray<T>(_postCount);
        return () =>
        {
            _firstSourceStep = first;
            weights.CopyTo(new Span<T>(_weights.Pointer, Synapses));
            preTraces.CopyTo(new Span<T>(_preTraces.Pointer, 2 * _preCount));
            postTraces.CopyTo(new Span<T>(_postTraces.Pointer, _postCount));
        };
    }
}
