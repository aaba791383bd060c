using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace BrainEvent.IO;

/// <summary>
/// The header of one NPY array (NumPy's <c>numpy.lib.format</c>): the magic <c>\x93NUMPY</c>, a version
/// byte pair, the header length (2 bytes little-endian in v1.0, 4 in v2.0 and v3.0), then a Python dict
/// literal with <c>descr</c>, <c>fortran_order</c> and <c>shape</c>, padded with spaces and a final
/// <c>\n</c> so the data starts at a multiple of 64 bytes. v1.0 and v2.0 headers are latin-1, v3.0 UTF-8.
/// </summary>
/// <param name="Descr">The dtype string, e.g. <c>&lt;f4</c>.</param>
/// <param name="FortranOrder">Whether the data is column-major.</param>
/// <param name="Shape">The dimensions.</param>
internal sealed record NpyHeader(string Descr, bool FortranOrder, long[] Shape)
{
    /// <summary>The data starts at a multiple of this many bytes from the start of the array.</summary>
    public const int Alignment = 64;

    /// <summary>NumPy leaves room for the first dimension to grow to this many digits (numpy.lib.format.GROWTH_AXIS_MAX_DIGITS).</summary>
    private const int GrowthAxisMaxDigits = 21;

    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>The number of elements, or -1 when it overflows a long.</summary>
    public long ElementCount
    {
        get
        {
            long count = 1;
            foreach (long dim in Shape)
            {
                if (dim != 0 && count > long.MaxValue / dim)
                {
                    return -1;
                }

                count *= dim;
            }

            return count;
        }
    }

    /// <summary>The shape as Python writes a tuple: <c>()</c>, <c>(3,)</c>, <c>(3, 4)</c>.</summary>
    public static string FormatShape(ReadOnlySpan<long> shape) => shape.Length switch
    {
        0 => "()",
        1 => $"({shape[0].ToString(CultureInfo.InvariantCulture)},)",
        _ => "(" + string.Join(", ", shape.ToArray().Select(d => d.ToString(CultureInfo.InvariantCulture))) + ")",
    };

    /// <summary>
    /// A v1.0 header exactly as NumPy writes it: the keys sorted, each <c>'key': repr(value), </c>, then
    /// <c>}</c>, then spaces for the first dimension to grow to 21 digits (arrays of one or more dimensions),
    /// then 1 to 64 spaces and <c>\n</c> to reach a multiple of 64 bytes.
    /// </summary>
    public byte[] EncodeV1()
    {
        var text = new StringBuilder();
        text.Append("{'descr': '").Append(Descr).Append("', 'fortran_order': ").Append(FortranOrder ? "True" : "False")
            .Append(", 'shape': ").Append(FormatShape(Shape)).Append(", }");
        if (Shape.Length > 0)
        {
            long growthAxis = Shape[FortranOrder ? ^1 : 0];
            text.Append(' ', GrowthAxisMaxDigits - growthAxis.ToString(CultureInfo.InvariantCulture).Length);
        }

        int prefix = Magic.Length + 2 + 2;
        int unpadded = text.Length + 1;
        int padding = Alignment - ((prefix + unpadded) % Alignment);
        text.Append(' ', padding).Append('\n');
        var bytes = new byte[prefix + text.Length];
        Magic.CopyTo(bytes);
        bytes[6] = 1;
        bytes[7] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), checked((ushort)text.Length));
        Encoding.Latin1.GetBytes(text.ToString(), bytes.AsSpan(prefix));
        return bytes;
    }

    /// <summary>
    /// Reads a header of any version from <paramref name="stream"/>, leaving it at the first data byte.
    /// Returns the header and its length in bytes. <paramref name="available"/> is the size of the whole
    /// array in bytes: a header claiming more is refused before its buffer is allocated.
    /// </summary>
    /// <exception cref="FormatException">What is wrong with the header.</exception>
    /// <exception cref="EndOfStreamException">The stream ends inside the header.</exception>
    public static (NpyHeader Header, int Length) Read(Stream stream, long available)
    {
        Span<byte> prefix = stackalloc byte[8];
        stream.ReadExactly(prefix);
        if (!prefix[..6].SequenceEqual(Magic))
        {
            throw new FormatException(
                $"it does not start with the NPY magic \\x93NUMPY (found bytes {Convert.ToHexString(prefix[..6])})");
        }

        byte major = prefix[6];
        byte minor = prefix[7];
        if (major is not (1 or 2 or 3) || minor != 0)
        {
            throw new FormatException($"NPY version {major}.{minor} is not one of 1.0, 2.0 and 3.0");
        }

        int lengthBytes = major == 1 ? 2 : 4;
        Span<byte> lengthField = stackalloc byte[4];
        stream.ReadExactly(lengthField[..lengthBytes]);
        long headerLength = major == 1
            ? BinaryPrimitives.ReadUInt16LittleEndian(lengthField)
            : BinaryPrimitives.ReadUInt32LittleEndian(lengthField);
        const int MaxHeaderLength = 1 << 20;
        if (headerLength > MaxHeaderLength)
        {
            throw new FormatException($"the header claims {headerLength} bytes, more than the {MaxHeaderLength} accepted");
        }

        if (8 + lengthBytes + headerLength > available)
        {
            throw new FormatException($"the header claims {headerLength} bytes, but the array holds {available} bytes in all");
        }

        var raw = new byte[headerLength];
        stream.ReadExactly(raw);
        var encoding = major == 3 ? new UTF8Encoding(false, throwOnInvalidBytes: true) : Encoding.Latin1;
        string text;
        try
        {
            text = encoding.GetString(raw);
        }
        catch (DecoderFallbackException error)
        {
            throw new FormatException($"the v3.0 header is not valid UTF-8: {error.Message}", error);
        }

        return (Parse(text), 8 + lengthBytes + (int)headerLength);
    }

    private static NpyHeader Parse(string text)
    {
        Dictionary<string, object?> dict;
        try
        {
            dict = PyLiteral.ParseDict(text);
        }
        catch (FormatException error)
        {
            throw new FormatException($"the header is not a Python dict literal ({error.Message}): {Quote(text)}", error);
        }

        string[] expected = ["descr", "fortran_order", "shape"];
        if (dict.Count != expected.Length || !expected.All(dict.ContainsKey))
        {
            throw new FormatException(
                $"the header must have exactly the keys 'descr', 'fortran_order' and 'shape'; found {string.Join(", ", dict.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"))}");
        }

        if (dict["descr"] is not string descr)
        {
            throw new FormatException($"'descr' must be a simple dtype string such as '<f4' (structured dtypes are not supported); found {Quote(text)}");
        }

        if (dict["fortran_order"] is not bool fortranOrder)
        {
            throw new FormatException($"'fortran_order' must be True or False; found {Quote(text)}");
        }

        if (dict["shape"] is not List<object?> dims || !dims.All(d => d is long and >= 0))
        {
            throw new FormatException($"'shape' must be a tuple of non-negative integers; found {Quote(text)}");
        }

        return new NpyHeader(descr, fortranOrder, dims.Select(d => (long)d!).ToArray());
    }

    private const int MaxQuotedLength = 200;

    /// <summary>A header quoted in a message: at most <see cref="MaxQuotedLength"/> characters, so a hostile 1 MiB header gives a readable error.</summary>
    private static string Quote(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.Length <= MaxQuotedLength
            ? "\"" + trimmed + "\""
            : "\"" + trimmed[..MaxQuotedLength] + "\" ... (" + trimmed.Length + " characters)";
    }
}
