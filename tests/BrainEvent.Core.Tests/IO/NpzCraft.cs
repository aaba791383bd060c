using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace BrainEvent.Tests.IO;

/// <summary>
/// Writes <c>.npz</c> files for the tests straight from the NPY spec, independently of the library, with
/// control over every field so that bad files can be made too.
/// </summary>
internal sealed class NpzCraft
{
    private readonly List<(string Name, byte[] Bytes)> _entries = [];

    /// <summary>An NPY array with a header dict written out as <paramref name="headerDict"/>.</summary>
    public static byte[] Npy(string headerDict, ReadOnlySpan<byte> payload, int major = 1)
    {
        int lengthBytes = major == 1 ? 2 : 4;
        int prefix = 8 + lengthBytes;
        int padding = 64 - ((prefix + headerDict.Length + 1) % 64);
        var text = headerDict + new string(' ', padding) + "\n";
        var encoded = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetBytes(text);
        var bytes = new byte[prefix + encoded.Length + payload.Length];
        new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y' }.CopyTo(bytes, 0);
        bytes[6] = (byte)major;
        if (major == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)encoded.Length);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)encoded.Length);
        }

        encoded.CopyTo(bytes, prefix);
        payload.CopyTo(bytes.AsSpan(prefix + encoded.Length));
        return bytes;
    }

    public static byte[] Npy(string descr, string shape, ReadOnlySpan<byte> payload, int major = 1, bool fortranOrder = false) =>
        Npy($"{{'descr': '{descr}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shape}, }}", payload, major);

    public static byte[] Bytes<T>(params T[] values)
        where T : unmanaged => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    /// <summary>A valid FixedPostNumConn&lt;float&gt; of shape (3, 4), nConn 2, whose arrays the tests then replace.</summary>
    public static NpzCraft ValidPost() => new NpzCraft()
        .Add("data", Npy("<f4", "(3, 2)", Bytes(1f, 2f, 3f, 4f, 5f, 6f)))
        .Add("indices", Npy("<i4", "(3, 2)", Bytes(0, 1, 2, 3, 3, 0)))
        .Add("shape", Npy("<i8", "(2,)", Bytes(3L, 4L)))
        .Add("kind", Npy("<U16", "()", Encoding.UTF32.GetBytes("FixedPostNumConn")));

    public NpzCraft Add(string name, byte[] npy)
    {
        _entries.RemoveAll(e => e.Name == name);
        _entries.Add((name, npy));
        return this;
    }

    /// <summary>A second entry named <paramref name="name"/>, which a zip archive does not forbid.</summary>
    public NpzCraft AddDuplicate(string name, byte[] npy)
    {
        _entries.Add((name, npy));
        return this;
    }

    public NpzCraft Remove(string name)
    {
        _entries.RemoveAll(e => e.Name == name);
        return this;
    }

    public string Save(string path, CompressionLevel level = CompressionLevel.NoCompression)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, bytes) in _entries)
        {
            using var stream = zip.CreateEntry(name + ".npy", level).Open();
            stream.Write(bytes);
        }

        return path;
    }
}
