using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace BrainEvent.IO;

/// <summary>
/// Reads named arrays from an <c>.npz</c> file, stored or deflated. Headers are read (and their sizes
/// checked against the zip entry) before any payload, so a bad file is found before large allocations.
/// Reading a payload checks the CRC-32 of the whole entry against the zip directory's, and an array whose
/// entry name appears twice is refused as ambiguous. Every problem is an <see cref="InvalidDataException"/>
/// naming the file, the array, what was expected and what was found.
/// </summary>
internal sealed class NpzArchiveReader : IDisposable
{
    private readonly ZipArchive _zip;

    private NpzArchiveReader(string path, ZipArchive zip)
    {
        Path = path;
        _zip = zip;
    }

    public string Path { get; }

    /// <summary>Opens <paramref name="path"/>; a file that is not a zip archive is an <see cref="InvalidDataException"/>.</summary>
    public static NpzArchiveReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = File.OpenRead(path);
        try
        {
            var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);

            // The central directory is read on first use; read it here, where its errors name the file.
            _ = zip.Entries.Count;
            return new NpzArchiveReader(path, zip);
        }
        catch (InvalidDataException error)
        {
            file.Dispose();
            throw new InvalidDataException($"{path}: not a readable .npz (zip) archive, it may be truncated or corrupt: {error.Message}", error);
        }
    }

    /// <summary>The header of array <paramref name="name"/>, checked to be sizeable and to match the entry's size.</summary>
    public NpyHeader Header(string name) => HeaderAndLength(name).Header;

    /// <summary>
    /// The payload of array <paramref name="name"/> as elements of <typeparamref name="TElement"/>, whose
    /// size the caller has matched to the header's dtype. The CRC-32 of the entry (header and payload) must
    /// match the one the zip recorded: deflate has no checksum of its own, and a stored entry none at all.
    /// </summary>
    public TElement[] Payload<TElement>(string name)
        where TElement : unmanaged
    {
        var (header, headerLength) = HeaderAndLength(name);
        long length = header.ElementCount * ItemSize(header.Descr) / Unsafe.SizeOf<TElement>();
        if (length > Array.MaxLength)
        {
            throw Fail(name, $"{length} elements of {typeof(TElement).Name} do not fit in one array");
        }

        var entry = Entry(name);
        if (entry.Length > MaxUnprovenExpansion * entry.CompressedLength)
        {
            RequireInflatedLength(name, entry);
        }

        var values = new TElement[length];
        var crc = new Crc32();
        bool trailing = Guard(name, () =>
        {
            using var stream = entry.Open();
            var headerBytes = new byte[headerLength];
            stream.ReadExactly(headerBytes);
            crc.Append(headerBytes);
            var payload = MemoryMarshal.AsBytes(values.AsSpan());
            stream.ReadExactly(payload);
            crc.Append(payload);
            return stream.ReadByte() >= 0;
        });
        if (trailing)
        {
            throw Fail(name, $"unexpected bytes after the data of shape {NpyHeader.FormatShape(header.Shape)}");
        }

        uint computed = crc.GetCurrentHashAsUInt32();
        if (computed != entry.Crc32)
        {
            throw Fail(name, $"CRC-32 mismatch, expected 0x{entry.Crc32:X8}, computed 0x{computed:X8} (the file is corrupt)");
        }

        return values;
    }

    /// <summary>
    /// The most bytes an entry's payload is allocated per stored (compressed) byte before the entry is
    /// proven to inflate to the size the zip directory claims. Sizes are plain fields that a damaged or
    /// crafted file can set to anything, and deflate legitimately expands up to 1032 times, so without a
    /// proof a file of a few hundred bytes could make the reader allocate gigabytes before the stream ends.
    /// </summary>
    private const long MaxUnprovenExpansion = 2;

    /// <summary>A string array's single value: <c>&lt;U</c> (UTF-32) or <c>|S</c> (bytes), NUL padding removed.</summary>
    public string Text(string name, NpyHeader header)
    {
        var bytes = Payload<byte>(name);
        string text = header.Descr.StartsWith("<U", StringComparison.Ordinal)
            ? Encoding.UTF32.GetString(bytes)
            : Encoding.Latin1.GetString(bytes);
        return text.TrimEnd('\0');
    }

    /// <summary>An <see cref="InvalidDataException"/> about array <paramref name="name"/> of this file.</summary>
    public InvalidDataException Fail(string name, string problem, Exception? inner = null) =>
        new($"{Path}: array '{name}' ({NpzConnLayout.EntryName(name)}): {problem}.", inner);

    public void Dispose() => _zip.Dispose();

    /// <summary>The item size of a simple descr such as <c>&lt;f8</c>, <c>&lt;U16</c> (4 bytes a character) or <c>|S5</c>; -1 when unknown.</summary>
    private static int ItemSize(string descr)
    {
        if (descr.Length < 3 || !int.TryParse(descr.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int size))
        {
            return -1;
        }

        return descr[1] == 'U' ? (size > int.MaxValue / 4 ? -1 : size * 4) : size;
    }

    /// <summary>
    /// Inflates <paramref name="entry"/> once through a small buffer, keeping nothing, and checks it yields
    /// exactly the bytes its zip directory claims: the proof asked for before a highly compressed entry's
    /// payload is allocated. It costs one more pass over such entries, not over typical weights and indices.
    /// </summary>
    private void RequireInflatedLength(string name, ZipArchiveEntry entry)
    {
        long inflated = Guard(name, () =>
        {
            using var stream = entry.Open();
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
            try
            {
                long total = 0;
                for (int read; total <= entry.Length && (read = stream.Read(buffer)) > 0;)
                {
                    total += read;
                }

                return total;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        });
        if (inflated != entry.Length)
        {
            string found = inflated > entry.Length ? $"more than {entry.Length} bytes" : $"{inflated} bytes";
            throw Fail(name, $"the entry inflates to {found}, not the {entry.Length} its zip directory records (truncated or corrupt file?)");
        }
    }

    /// <summary>The header of array <paramref name="name"/> and its length in bytes, checked as <see cref="Header"/> says.</summary>
    private (NpyHeader Header, int Length) HeaderAndLength(string name)
    {
        var entry = Entry(name);
        var (header, headerLength) = Guard(name, () =>
        {
            using var stream = entry.Open();
            return NpyHeader.Read(stream, entry.Length);
        });
        long count = header.ElementCount;
        int itemSize = ItemSize(header.Descr);
        if (count < 0 || count > Array.MaxLength || itemSize <= 0 || count > long.MaxValue / itemSize)
        {
            throw Fail(name, $"cannot hold shape {NpyHeader.FormatShape(header.Shape)} of dtype '{header.Descr}' in one array");
        }

        long payload = count * itemSize;
        if (entry.Length != headerLength + payload)
        {
            throw Fail(name, $"the header promises {payload} data bytes ({NpyHeader.FormatShape(header.Shape)} of '{header.Descr}') after its {headerLength} header bytes, " +
                $"but the entry holds {entry.Length} bytes in all");
        }

        return (header, headerLength);
    }

    private ZipArchiveEntry Entry(string name)
    {
        string entryName = NpzConnLayout.EntryName(name);
        var entry = _zip.GetEntry(entryName);
        int count = _zip.Entries.Count(e => e.FullName == entryName);
        if (count > 1)
        {
            throw Fail(name, $"the archive holds {count} entries named {entryName}, so which one is meant is ambiguous");
        }

        if (entry is null)
        {
            string found = string.Join(", ", _zip.Entries.Select(e => e.FullName));
            throw new InvalidDataException(
                $"{Path}: missing array '{name}': expected an entry {entryName}; the archive holds {(found.Length == 0 ? "no entries" : found)}.");
        }

        return entry;
    }

    /// <summary>Runs a read, turning format, truncation and decompression errors into a message about the array.</summary>
    private T Guard<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException error)
        {
            throw Fail(name, $"bad NPY header: {error.Message}", error);
        }
        catch (EndOfStreamException error)
        {
            throw Fail(name, "the entry ends early (truncated file?)", error);
        }
        catch (InvalidDataException error)
        {
            throw Fail(name, $"the zip entry cannot be read (corrupt file?): {error.Message}", error);
        }
    }
}
