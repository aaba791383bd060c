using System.Buffers.Binary;
using System.IO.Hashing;
using CsCheck;

namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>Ways to damage a checkpoint.</summary>
internal enum Harm
{
    FlipByte,
    FlipBytes,
    InsertBytes,
    DeleteBytes,
    Truncate,
    EditNumber,
}

/// <summary>
/// One damage to a checkpoint's bytes; <see cref="Position"/> and <see cref="Value"/> are raw draws each kind
/// maps onto the file. With <see cref="Reseal"/> the header's length and CRC-32 are recomputed afterwards, as
/// a deliberate edit would, so the damage reaches the section parser instead of stopping at the checksum.
/// </summary>
internal sealed record CheckpointDamage(Harm Harm, int Position, int Value, int Count, bool Reseal)
{
    public static readonly Gen<CheckpointDamage> Gen =
        from harm in CsCheck.Gen.Enum<Harm>()
        from position in CsCheck.Gen.Int[0, int.MaxValue]
        from value in CsCheck.Gen.Int[1, int.MaxValue]
        from count in CsCheck.Gen.Int[1, 16]
        from reseal in CsCheck.Gen.Bool
        select new CheckpointDamage(harm, position, value, count, reseal);

    /// <summary>The header: magic, version, payload length, CRC-32 (the documented format).</summary>
    private const int HeaderBytes = 24;

    public byte[] Apply(byte[] original)
    {
        var bytes = original.ToList();
        int at = Position % bytes.Count;
        switch (Harm)
        {
            case Harm.FlipByte:
                bytes[at] ^= (byte)(1 + (Value % 255));
                break;
            case Harm.FlipBytes:
                for (int i = 0; i < Count; i++)
                {
                    bytes[(int)((at + (i * 7919L)) % bytes.Count)] ^= (byte)(1 + ((Value >> i) % 255));
                }

                break;
            case Harm.InsertBytes:
                bytes.InsertRange(Position % (bytes.Count + 1), Enumerable.Range(0, Count).Select(i => (byte)(Value >> (i % 24))));
                break;
            case Harm.DeleteBytes:
                bytes.RemoveRange(at, Math.Min(Count, bytes.Count - at));
                break;
            case Harm.Truncate:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                EditNumber(bytes, at);
                break;
        }

        var damaged = bytes.ToArray();
        if (Reseal && damaged.Length >= HeaderBytes)
        {
            BinaryPrimitives.WriteInt64LittleEndian(damaged.AsSpan(12), damaged.Length - HeaderBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(damaged.AsSpan(20), Crc32.HashToUInt32(damaged.AsSpan(HeaderBytes)));
        }

        return damaged;
    }

    public override string ToString() => $"{Harm} position {Position} value {Value} count {Count}{(Reseal ? ", resealed" : "")}";

    /// <summary>Four bytes (a count, a depth or half a step number) set to a hostile value: 0, -1, the maximum, one more or less, or anything.</summary>
    private void EditNumber(List<byte> bytes, int at)
    {
        at = Math.Min(at, bytes.Count - 4);
        int old = BinaryPrimitives.ReadInt32LittleEndian(bytes.GetRange(at, 4).ToArray());
        int value = (Value % 6) switch
        {
            0 => 0,
            1 => -1,
            2 => int.MaxValue,
            3 => old + 1,
            4 => old - 1,
            _ => Value,
        };

        var written = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(written, value);
        for (int i = 0; i < 4; i++)
        {
            bytes[at + i] = written[i];
        }
    }
}
