using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>A network's whole state as the payload of its own checkpoint (without writing a file): equal bytes, equal state.</summary>
internal static class Fingerprint
{
    public static byte[] Of(Network network)
    {
        var writer = new CheckpointWriter();
        network.WriteCheckpoint(writer);
        return writer.Payload.ToArray();
    }
}
