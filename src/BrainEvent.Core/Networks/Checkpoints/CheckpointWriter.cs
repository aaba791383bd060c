using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace BrainEvent.Networks;

/// <summary>
/// Builds a checkpoint's payload in memory, section by section (<see cref="CheckpointFormat"/>), then writes
/// it with its header to a temporary file next to the target, flushed to disk, and moves that over the target:
/// a crash while writing leaves the previous checkpoint in place, never a partial one.
/// </summary>
internal sealed class CheckpointWriter
{
    private readonly MemoryStream _payload = new();
    private long _sectionStart = -1;

    /// <summary>The payload so far.</summary>
    public ReadOnlySpan<byte> Payload => new(_payload.GetBuffer(), 0, (int)_payload.Length);

    /// <summary>Starts a section with tag <paramref name="tag"/>; its length is filled in by <see cref="EndSection"/>.</summary>
    public void BeginSection(string tag)
    {
        _payload.Write(Encoding.ASCII.GetBytes(tag));
        _sectionStart = _payload.Position;
        Write(0L);
    }

    /// <summary>Ends the open section, writing its body's length.</summary>
    public void EndSection()
    {
        long end = _payload.Position;
        _payload.Position = _sectionStart;
        Write(end - _sectionStart - sizeof(long));
        _payload.Position = end;
    }

    public void Write(int value) => Write<int>([value]);

    public void Write(long value) => Write<long>([value]);

    /// <summary>Writes <paramref name="values"/> as their bytes (the machine is little-endian, checked at save).</summary>
    public void Write<T>(ReadOnlySpan<T> values)
        where T : unmanaged => _payload.Write(MemoryMarshal.AsBytes(values));

    /// <summary>Writes the header and payload to <paramref name="path"/> through a temporary file in the same folder.</summary>
    public void SaveTo(string path) => SaveTo(path, static file => file);

    /// <summary>
    /// <see cref="SaveTo(string)"/> writing through <paramref name="through"/>(the temporary file): the tests' seam to
    /// make a save fail part way (a stream that throws after some bytes, or on flush) and see the old file survive.
    /// </summary>
    internal void SaveTo(string path, Func<Stream, Stream> through)
    {
        var payload = Payload;
        Span<byte> header = stackalloc byte[CheckpointFormat.HeaderBytes];
        CheckpointFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], CheckpointFormat.Version);
        BinaryPrimitives.WriteInt64LittleEndian(header[12..], payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Crc32.HashToUInt32(payload));

        string fullPath = Path.GetFullPath(path);
        string temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                var stream = through(file);
                stream.Write(header);
                stream.Write(payload);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
