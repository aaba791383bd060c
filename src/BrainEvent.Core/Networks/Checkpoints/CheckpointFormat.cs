namespace BrainEvent.Networks;

/// <summary>
/// The layout of a checkpoint file, little-endian throughout. A 24-byte header: the magic
/// <c>"BECKPT\r\n"</c> (8 bytes), the format version (<see cref="Version"/>, uint32), the payload's length in
/// bytes (uint64, the rest of the file) and the CRC-32 (IEEE) of the payload (uint32). The payload is a
/// sequence of sections, each a 4-byte ASCII tag, its body's length (uint64) and the body, in this order:
/// <see cref="Shape"/>, <see cref="Clock"/>, one <see cref="Population"/> per population, one
/// <see cref="Ring"/> per delay ring, one <see cref="Projection"/> per projection and one
/// <see cref="Monitor"/> per monitor, each in the order the network made them.
/// </summary>
internal static class CheckpointFormat
{
    /// <summary>The version this library writes and reads.</summary>
    public const uint Version = 1;

    /// <summary>Magic, version, payload length, payload CRC-32.</summary>
    public const int HeaderBytes = 8 + 4 + 8 + 4;

    /// <summary>A section's tag and length.</summary>
    public const int SectionHeaderBytes = 4 + 8;

    /// <summary>The network's structure as UTF-8 text, one line per part (<see cref="NetworkShape"/>), which the restoring network must match.</summary>
    public const string Shape = "SHAP";

    /// <summary>The step counter (int64).</summary>
    public const string Clock = "STEP";

    /// <summary>
    /// A population: its state fields, padding included (fields x stride x element size bytes), the refractory
    /// countdowns (stride x uint16), this step's spike words (words x uint64), then its spike history: the number
    /// of steps kept (int32) and, for each, oldest first, the step (int64), its spike count (int32) and the ids
    /// (int32 each, ascending).
    /// </summary>
    public const string Population = "POPU";

    /// <summary>A delay ring: its depth (int32) and its rows (depth x stride x element size bytes).</summary>
    public const string Ring = "RING";

    /// <summary>A projection: the first step whose spikes it delivers (int64); a plastic one then its learned weights in delivery order, its pre traces (both parity buffers) and its post traces, as its element type.</summary>
    public const string Projection = "PROJ";

    /// <summary>A monitor's records, as its own part describes (<see cref="ICheckpointed"/>).</summary>
    public const string Monitor = "MONI";

    /// <summary>The magic that starts every checkpoint.</summary>
    public static ReadOnlySpan<byte> Magic => "BECKPT\r\n"u8;
}
