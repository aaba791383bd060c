using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace BrainEvent.Networks;

/// <summary>
/// Reads a checkpoint file (<see cref="CheckpointFormat"/>): checks the header and the payload's CRC-32 on
/// opening, then hands out sections and values in order. Every length is checked against the bytes left
/// before anything is allocated, so nothing larger than the file is ever made; every problem is an
/// <see cref="InvalidDataException"/> naming the file.
/// </summary>
internal sealed class CheckpointReader
{
    private readonly string _path;
    private readonly byte[] _bytes;
    private int _position = CheckpointFormat.HeaderBytes;
    private int _sectionEnd;
    private string _section = "header";

    private CheckpointReader(string path, byte[] bytes)
    {
        _path = path;
        _bytes = bytes;
        _sectionEnd = CheckpointFormat.HeaderBytes;
    }

    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static CheckpointReader Open(string path)
    {
        long length = new FileInfo(path).Length;
        if (length > Array.MaxLength)
        {
            throw new InvalidDataException($"{path} is not a BrainEvent checkpoint: {length} bytes is more than a checkpoint can hold.");
        }

        var reader = new CheckpointReader(path, File.ReadAllBytes(path));
        reader.CheckHeader();
        return reader;
    }

    /// <summary>Starts the next section, which must have tag <paramref name="tag"/>; the previous one must have been read to its end.</summary>
    public void BeginSection(string tag)
    {
        EndSection();
        _sectionEnd = _bytes.Length;
        _section = tag;
        string found = Encoding.ASCII.GetString(Take(4));
        if (found != tag)
        {
            throw Corrupt($"expected a section \"{tag}\", found \"{Printable(found)}\"");
        }

        long length = ReadInt64();
        if (length < 0 || length > _bytes.Length - _position)
        {
            throw Corrupt($"the section claims {length} bytes, {_bytes.Length - _position} are left");
        }

        _sectionEnd = _position + (int)length;
    }

    /// <summary>Checks that the whole file has been read.</summary>
    public void End()
    {
        EndSection();
        if (_position != _bytes.Length)
        {
            throw Corrupt($"{_bytes.Length - _position} bytes follow the last section");
        }
    }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    /// <summary>A count read from the file, which must lie in <c>[0, max]</c>.</summary>
    public int ReadCount(long max, string what)
    {
        int count = ReadInt32();
        if (count < 0 || count > max)
        {
            throw Corrupt($"{what} is {count}, expected 0 to {max}");
        }

        return count;
    }

    /// <summary><paramref name="count"/> values, copied out of the file once they are known to be in it.</summary>
    public T[] ReadArray<T>(long count)
        where T : unmanaged
    {
        long bytes = count * Unsafe.SizeOf<T>();
        if (count < 0 || bytes > _sectionEnd - _position)
        {
            throw Corrupt($"{count} values of {Unsafe.SizeOf<T>()} bytes do not fit in the {_sectionEnd - _position} bytes left");
        }

        return MemoryMarshal.Cast<byte, T>(Take((int)bytes)).ToArray();
    }

    /// <summary>The rest of the section as UTF-8 text.</summary>
    public string ReadText() => Encoding.UTF8.GetString(Take(_sectionEnd - _position));

    /// <summary>An error saying what is wrong with the file, where.</summary>
    public InvalidDataException Corrupt(string problem) =>
        new($"{_path} is not a valid BrainEvent checkpoint: in {_section} at byte {_position}, {problem} (the file is corrupt or truncated).");

    private void CheckHeader()
    {
        if (_bytes.Length < CheckpointFormat.HeaderBytes || !_bytes.AsSpan(0, 8).SequenceEqual(CheckpointFormat.Magic))
        {
            throw new InvalidDataException($"{_path} is not a BrainEvent checkpoint: it does not start with the checkpoint magic.");
        }

        var header = _bytes.AsSpan(0, CheckpointFormat.HeaderBytes);
        uint version = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        long length = BinaryPrimitives.ReadInt64LittleEndian(header[12..]);
        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
        if (version != CheckpointFormat.Version)
        {
            throw new InvalidDataException($"{_path} is a checkpoint of format version {version}; this library reads version {CheckpointFormat.Version}.");
        }

        if (length != _bytes.Length - CheckpointFormat.HeaderBytes)
        {
            throw Corrupt($"the header claims a payload of {length} bytes, the file has {_bytes.Length - CheckpointFormat.HeaderBytes}");
        }

        uint computed = Crc32.HashToUInt32(_bytes.AsSpan(CheckpointFormat.HeaderBytes));
        if (computed != crc)
        {
            throw Corrupt($"CRC-32 mismatch, expected 0x{crc:X8}, computed 0x{computed:X8}");
        }
    }

    private void EndSection()
    {
        if (_position != _sectionEnd)
        {
            throw Corrupt($"{_sectionEnd - _position} bytes of the section were not expected");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _sectionEnd - _position)
        {
            throw Corrupt($"{count} more bytes were expected, {_sectionEnd - _position} are left");
        }

        var span = _bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }

    private static string Printable(string tag) => new([.. tag.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '?')]);
}
