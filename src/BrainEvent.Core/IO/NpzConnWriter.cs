using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace BrainEvent.IO;

/// <summary>
/// Writes a matrix as the arrays of <see cref="NpzConnLayout"/>, in the order <c>data</c>, <c>indices</c>,
/// <c>shape</c>, <c>kind</c>, each an NPY v1.0 file byte-for-byte as NumPy writes it. The archive is
/// written to a temporary file next to <c>path</c> and moved over it at the end, so a failed save leaves
/// no partial file. Entries carry a fixed timestamp (1980-01-01) so the same matrix gives the same bytes.
/// </summary>
internal static class NpzConnWriter
{
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write<T>(FixedNumConn<T> matrix, string path, bool compressed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Saving .npz files needs a little-endian machine.");
        }

        var data = matrix.Data;
        long[] dataShape = matrix.IsHomogeneous && data.Length == 1 ? [1] : [matrix.StorageRows, matrix.NConn];
        string valueDescr = typeof(T) == typeof(float) ? "<f4" : "<f8";
        string kind = NpzConnLayout.KindName(matrix.Kind);
        long[] shape = [matrix.NumPre, matrix.NumPost];

        string fullPath = System.IO.Path.GetFullPath(path);
        string temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                var level = compressed ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
                WriteArray(zip, NpzConnLayout.Data, valueDescr, dataShape, MemoryMarshal.AsBytes(data.Span), level);
                WriteArray(zip, NpzConnLayout.Indices, "<i4", [matrix.StorageRows, matrix.NConn], MemoryMarshal.AsBytes(matrix.Indices.Span), level);
                WriteArray(zip, NpzConnLayout.Shape, "<i8", [2], MemoryMarshal.AsBytes<long>(shape), level);
                WriteArray(zip, NpzConnLayout.Kind, $"<U{kind.Length}", [], Encoding.UTF32.GetBytes(kind), level);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteArray(ZipArchive zip, string name, string descr, long[] shape, ReadOnlySpan<byte> payload, CompressionLevel level)
    {
        var entry = zip.CreateEntry(NpzConnLayout.EntryName(name), level);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        stream.Write(new NpyHeader(descr, FortranOrder: false, shape).EncodeV1());
        stream.Write(payload);
    }
}
