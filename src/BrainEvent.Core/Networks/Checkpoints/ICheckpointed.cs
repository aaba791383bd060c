namespace BrainEvent.Networks;

/// <summary>A part of a network whose state a checkpoint keeps: a monitor, a population, a ring or a projection.</summary>
internal interface ICheckpointed
{
    /// <summary>Writes the part's state as the body of one section; <paramref name="step"/> is the network's step counter.</summary>
    void Save(CheckpointWriter writer, long step);

    /// <summary>
    /// Reads and checks the part's section body, changing nothing; returns what puts the read state in place,
    /// called only once every part of the file has been read and checked. <paramref name="step"/> is the
    /// checkpoint's step counter.
    /// </summary>
    Action Load(CheckpointReader reader, long step);
}
