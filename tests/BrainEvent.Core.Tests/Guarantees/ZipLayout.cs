using System.Buffers.Binary;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// The header fields of a zip file (APPNOTE 4.3.7, 4.3.12, 4.3.16) found by their signatures, so tests can
/// damage one field at a time: local file headers, central directory entries and the end record.
/// </summary>
internal static class ZipLayout
{
    private const uint LocalHeader = 0x04034B50;
    private const uint CentralHeader = 0x02014B50;
    private const uint EndRecord = 0x06054B50;

    /// <summary>(offset from the signature, width in bytes, name) of each field a reader interprets.</summary>
    private static readonly (int Offset, int Width, string Name)[] LocalFields =
    [
        (4, 2, "version needed"), (6, 2, "flags"), (8, 2, "method"), (14, 4, "crc-32"), (18, 4, "compressed size"),
        (22, 4, "uncompressed size"), (26, 2, "name length"), (28, 2, "extra length"),
    ];

    private static readonly (int Offset, int Width, string Name)[] CentralFields =
    [
        (6, 2, "version needed"), (8, 2, "flags"), (10, 2, "method"), (16, 4, "crc-32"), (20, 4, "compressed size"),
        (24, 4, "uncompressed size"), (28, 2, "name length"), (30, 2, "extra length"), (32, 2, "comment length"),
        (34, 2, "disk start"), (42, 4, "local header offset"),
    ];

    private static readonly (int Offset, int Width, string Name)[] EndFields =
    [
        (4, 2, "disk"), (6, 2, "directory disk"), (8, 2, "entries on disk"), (10, 2, "entries"), (12, 4, "directory size"),
        (16, 4, "directory offset"), (20, 2, "comment length"),
    ];

    /// <summary>Every interpreted header field of <paramref name="zip"/>: its absolute offset, width and a description.</summary>
    public static List<(int At, int Width, string Name)> Fields(byte[] zip)
    {
        var fields = new List<(int, int, string)>();
        for (int at = 0; at + 4 <= zip.Length; at++)
        {
            var table = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) switch
            {
                LocalHeader => LocalFields,
                CentralHeader => CentralFields,
                EndRecord => EndFields,
                _ => null,
            };
            if (table is null)
            {
                continue;
            }

            foreach (var (offset, width, name) in table)
            {
                if (at + offset + width <= zip.Length)
                {
                    fields.Add((at + offset, width, $"{name} at {at}"));
                }
            }
        }

        return fields;
    }

    /// <summary>Writes <paramref name="value"/> (truncated to the field's width) at <paramref name="at"/>.</summary>
    public static void Write(byte[] zip, int at, int width, ulong value)
    {
        if (width == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(at), (ushort)value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at), (uint)value);
        }
    }

    public static ulong Read(byte[] zip, int at, int width) =>
        width == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at)) : BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));

    /// <summary>Sets the sizes an entry's local header and central directory record claim (the compressed one too when stored).</summary>
    public static void ClaimSize(byte[] zip, string entryName, uint uncompressed, bool alsoCompressed)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(entryName);
        for (int at = 0; at + 46 <= zip.Length; at++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == LocalHeader && zip.AsSpan(at + 30).StartsWith(name))
            {
                Write(zip, at + 22, 4, uncompressed);
                if (alsoCompressed)
                {
                    Write(zip, at + 18, 4, uncompressed);
                }
            }
            else if (signature == CentralHeader && zip.AsSpan(at + 46).StartsWith(name))
            {
                Write(zip, at + 24, 4, uncompressed);
                if (alsoCompressed)
                {
                    Write(zip, at + 20, 4, uncompressed);
                }
            }
        }
    }
}
