using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using static BrainEvent.Tests.IO.NpzCraft;

namespace BrainEvent.Tests.IO;

/// <summary>
/// Damage that leaves every header and size intact, so only the zip's CRC-32 can reveal it, and archives
/// that are ambiguous. Each case starts from <see cref="NpzCraft.ValidPost"/>.
/// </summary>
public class NpzIntegrityTests
{
    /// <summary>The data entry of <see cref="NpzCraft.ValidPost"/>, byte for byte.</summary>
    private static readonly byte[] DataNpy = Npy("<f4", "(3, 2)", Bytes(1f, 2f, 3f, 4f, 5f, 6f));

    private static int DataHeaderLength => DataNpy.Length - (6 * sizeof(float));

    [Fact]
    public void A_flipped_payload_byte_in_a_stored_entry_is_a_crc_mismatch()
    {
        using var folder = new TempFolder();
        string path = ValidPost().Save(folder.File("stored.npz"));
        var zip = File.ReadAllBytes(path);
        int payload = zip.AsSpan().IndexOf(DataNpy.AsSpan(DataHeaderLength));
        Assert.True(payload > 0);
        zip[payload + 5] ^= 0x40;   // the float 2 becomes 2.0078125
        File.WriteAllBytes(path, zip);

        var damaged = (byte[])DataNpy.Clone();
        damaged[DataHeaderLength + 5] ^= 0x40;
        var error = Load(path);
        Assert.Contains(
            $"array 'data' (data.npy): CRC-32 mismatch, expected 0x{Crc32.HashToUInt32(DataNpy):X8}, computed 0x{Crc32.HashToUInt32(damaged):X8}",
            error.Message);
    }

    [Fact]
    public void A_flipped_bit_in_a_deflated_entry_that_still_inflates_is_a_crc_mismatch()
    {
        using var folder = new TempFolder();
        string path = ValidPost().Save(folder.File("deflated.npz"), CompressionLevel.Optimal);
        var zip = File.ReadAllBytes(path);
        var (at, bit, inflated) = FindSilentDeflateDamage(zip, "data.npy");
        zip[at] ^= bit;
        File.WriteAllBytes(path, zip);

        var error = Load(path);
        Assert.Contains(
            $"array 'data' (data.npy): CRC-32 mismatch, expected 0x{Crc32.HashToUInt32(DataNpy):X8}, computed 0x{Crc32.HashToUInt32(inflated):X8}",
            error.Message);
    }

    [Theory]
    [InlineData(CompressionLevel.NoCompression)]
    [InlineData(CompressionLevel.Optimal)]
    public void Every_single_byte_flip_is_refused_or_changes_nothing(CompressionLevel level)
    {
        using var folder = new TempFolder();
        string validPath = ValidPost().Save(folder.File("valid.npz"), level);
        var valid = File.ReadAllBytes(validPath);
        var original = FixedNumConnFile.Load<float>(validPath);
        string path = folder.File("flipped.npz");
        var random = new Random(16);
        int refused = 0;
        const int Flips = 300;
        for (int flip = 0; flip < Flips; flip++)
        {
            var bytes = (byte[])valid.Clone();
            int at = random.Next(bytes.Length);
            bytes[at] ^= (byte)random.Next(1, 256);
            File.WriteAllBytes(path, bytes);
            FixedNumConn<float> loaded;
            try
            {
                loaded = FixedNumConnFile.Load<float>(path);
            }
            catch (InvalidDataException)
            {
                refused++;
                continue;
            }

            Assert.True(
                loaded.Kind == original.Kind && loaded.Shape == original.Shape
                && loaded.Data.Span.SequenceEqual(original.Data.Span) && loaded.Indices.Span.SequenceEqual(original.Indices.Span),
                $"flipping byte {at} of {bytes.Length} to 0x{bytes[at]:X2} loaded different values without an error");
        }

        // Most of the file is entry bytes the CRC covers; the rest is zip metadata the reader does not use.
        Assert.InRange(refused, Flips / 2, Flips);
    }

    [Fact]
    public void A_duplicated_array_name_is_refused()
    {
        var craft = ValidPost().AddDuplicate("data", Npy("<f4", "(3, 2)", Bytes(7f, 8f, 9f, 10f, 11f, 12f)));
        using var folder = new TempFolder();
        var error = Load(craft.Save(folder.File("twice.npz")));
        Assert.Contains("array 'data' (data.npy): the archive holds 2 entries named data.npy, so which one is meant is ambiguous", error.Message);
    }

    [Fact]
    public void A_duplicated_name_of_an_array_that_is_not_read_is_ignored()
    {
        var craft = ValidPost().Add("extra", Npy("<f4", "(1,)", Bytes(1f))).AddDuplicate("extra", Npy("<f4", "(1,)", Bytes(2f)));
        using var folder = new TempFolder();
        var w = FixedPostNumConn<float>.Load(craft.Save(folder.File("extra.npz")));
        Assert.Equal(new[] { 1f, 2f, 3f, 4f, 5f, 6f }, w.Data.ToArray());
    }

    /// <summary>
    /// The first bit of <paramref name="entry"/>'s compressed bytes whose flip still inflates without error to
    /// the same length and the same NPY header but a different payload: damage no other check can see.
    /// </summary>
    private static (int At, byte Bit, byte[] Inflated) FindSilentDeflateDamage(byte[] zip, string entry)
    {
        var (start, length) = CompressedBytes(zip, entry);
        for (int at = start; at < start + length; at++)
        {
            for (int shift = 0; shift < 8; shift++)
            {
                var compressed = zip.AsSpan(start, length).ToArray();
                byte bit = (byte)(1 << shift);
                compressed[at - start] ^= bit;
                var inflated = Inflate(compressed);
                if (inflated is not null && inflated.Length == DataNpy.Length
                    && inflated.AsSpan(0, DataHeaderLength).SequenceEqual(DataNpy.AsSpan(0, DataHeaderLength))
                    && !inflated.AsSpan().SequenceEqual(DataNpy))
                {
                    return (at, bit, inflated);
                }
            }
        }

        throw new InvalidOperationException($"no flip of {entry}'s {length} compressed bytes inflates to a different payload");
    }

    /// <summary>Where the compressed bytes of <paramref name="entry"/> lie, read from its local file header.</summary>
    private static (int Start, int Length) CompressedBytes(byte[] zip, string entry)
    {
        ReadOnlySpan<byte> signature = [0x50, 0x4B, 0x03, 0x04];
        byte[] name = System.Text.Encoding.ASCII.GetBytes(entry);
        for (int header = zip.AsSpan().IndexOf(signature); header >= 0; header = NextIndexOf(zip, signature, header + 1))
        {
            const int FixedLength = 30;
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 26));
            if (zip.AsSpan(header + FixedLength, nameLength).SequenceEqual(name))
            {
                int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 28));
                int compressedLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(header + 18));
                Assert.True(compressedLength > 0, "the local header holds the compressed size (no data descriptor)");
                return (header + FixedLength + nameLength + extraLength, compressedLength);
            }
        }

        throw new InvalidOperationException($"no local header for {entry}");
    }

    private static int NextIndexOf(byte[] bytes, ReadOnlySpan<byte> value, int from)
    {
        int found = bytes.AsSpan(from).IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The inflated bytes, or null when the damaged stream does not inflate.</summary>
    private static byte[]? Inflate(byte[] compressed)
    {
        try
        {
            using var inflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflate.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static InvalidDataException Load(string path)
    {
        var error = Assert.Throws<InvalidDataException>(() => FixedPostNumConn<float>.Load(path));
        Assert.StartsWith(path, error.Message);
        return error;
    }
}
