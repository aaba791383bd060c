using System.Text;
using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>Ways to damage a file.</summary>
internal enum Damage
{
    FlipByte,
    FlipBytes,
    InsertBytes,
    DeleteBytes,
    EditZipField,
    EditNpyHeader,
}

/// <summary>
/// One damage to one sample file: <see cref="Position"/> and <see cref="Value"/> are raw draws that each
/// kind of damage maps onto the file (a byte offset, a field, a replacement value).
/// </summary>
internal sealed record NpzCorruption(int Sample, Damage Damage, int Position, int Value, int Count)
{
    public static readonly Gen<NpzCorruption> Gen =
        from sample in CsCheck.Gen.Int[0, NpzSamples.All.Length - 1]
        from damage in CsCheck.Gen.Enum<Damage>()
        from position in CsCheck.Gen.Int[0, int.MaxValue]
        from value in CsCheck.Gen.Int[1, int.MaxValue]
        from count in CsCheck.Gen.Int[1, 16]
        select new NpzCorruption(sample, damage, position, value, count);

    /// <summary>Shapes a hostile header might claim: past any array, negative, of another rank, or just larger.</summary>
    private static readonly string[] HostileShapes =
        ["(1099511627776,)", "(1048576, 1048576)", "(-1,)", "(2147483648, 4)", "()", "(5, 4, 3)", "(1000000,)", "(9223372036854775807, 2)"];

    public NpzSample File => NpzSamples.All[Sample];

    /// <summary>A damaged copy of the sample's bytes.</summary>
    public byte[] Apply()
    {
        var bytes = File.Bytes.ToList();
        int at = Position % bytes.Count;
        switch (Damage)
        {
            case Damage.FlipByte:
                bytes[at] ^= (byte)(1 + (Value % 255));
                break;
            case Damage.FlipBytes:
                for (int i = 0; i < Count; i++)
                {
                    bytes[(int)((at + (i * 7919L)) % bytes.Count)] ^= (byte)(1 + ((Value >> i) % 255));
                }

                break;
            case Damage.InsertBytes:
                bytes.InsertRange(Position % (bytes.Count + 1), Enumerable.Range(0, Count).Select(i => (byte)(Value >> (i % 24))));
                break;
            case Damage.DeleteBytes:
                bytes.RemoveRange(at, Math.Min(Count, bytes.Count - at));
                break;
            case Damage.EditZipField:
                return EditField([.. bytes]);
            default:
                return EditNpyHeader([.. bytes]);
        }

        return [.. bytes];
    }

    public override string ToString() => $"{File}: {Damage} position {Position} value {Value} count {Count}";

    /// <summary>One zip header field set to 0, its maximum, one more or less than it was, the file length, or anything.</summary>
    private byte[] EditField(byte[] zip)
    {
        var fields = ZipLayout.Fields(zip);
        var (at, width, _) = fields[Position % fields.Count];
        ulong max = width == 2 ? ushort.MaxValue : uint.MaxValue;
        ulong old = ZipLayout.Read(zip, at, width);
        ulong value = (Value % 6) switch
        {
            0 => 0,
            1 => max,
            2 => old + 1,
            3 => old - 1,
            4 => (ulong)zip.Length,
            _ => (ulong)Value,
        };
        ZipLayout.Write(zip, at, width, value);
        return zip;
    }

    /// <summary>
    /// In a file whose NPY headers are visible (stored entries): a hostile shape written over one header's
    /// dict (same length, so the rest parses), or its header-length field set to a large value. Deflated
    /// files get a byte flip instead.
    /// </summary>
    private byte[] EditNpyHeader(byte[] zip)
    {
        byte[] magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];
        var headers = new List<int>();
        for (int i = Next(zip, magic, 0); i >= 0; i = Next(zip, magic, i + 1))
        {
            headers.Add(i);
        }

        if (headers.Count == 0)
        {
            zip[Position % zip.Length] ^= (byte)(1 + (Value % 255));
            return zip;
        }

        int start = headers[Position % headers.Count];
        int lengthBytes = zip[start + 6] == 1 ? 2 : 4;
        if (Value % 3 == 0)
        {
            ZipLayout.Write(zip, start + 8, lengthBytes, Value % 2 == 0 ? uint.MaxValue : (uint)Value);
            return zip;
        }

        int dict = start + 8 + lengthBytes;
        int end = Array.IndexOf(zip, (byte)'\n', dict);
        string text = Encoding.Latin1.GetString(zip, dict, end - dict);
        int shapeAt = text.IndexOf("'shape': ", StringComparison.Ordinal) + "'shape': ".Length;
        int shapeEnd = text.IndexOf(')', shapeAt) + 1;
        string edited = text[..shapeAt] + HostileShapes[Value % HostileShapes.Length] + text[shapeEnd..];
        edited = edited.Length <= text.Length ? edited.PadRight(text.Length) : edited[..text.Length];
        Encoding.Latin1.GetBytes(edited, zip.AsSpan(dict));
        return zip;
    }

    private static int Next(byte[] bytes, ReadOnlySpan<byte> value, int from)
    {
        int found = bytes.AsSpan(from).IndexOf(value);
        return found < 0 ? -1 : from + found;
    }
}
