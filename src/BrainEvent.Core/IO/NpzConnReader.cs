using System.Numerics;

namespace BrainEvent.IO;

/// <summary>
/// Loads a matrix from the arrays of <see cref="NpzConnLayout"/>. Every header is checked (dtypes, shapes,
/// consistency between the arrays) before any payload is read, the payloads are checked after, and the
/// matrix is built by the same validation as the public flat constructors; a failure at any point is an
/// <see cref="InvalidDataException"/> and nothing is returned.
/// </summary>
internal static class NpzConnReader
{
    /// <summary>
    /// The matrix in <paramref name="path"/>; when <paramref name="expectedKind"/> is given the file must
    /// hold that class.
    /// </summary>
    public static ConnParts<T> Read<T>(string path, FixedNumConnKind? expectedKind)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ElementType<T>.Require();
        using var npz = NpzArchiveReader.Open(path);
        var kind = ReadKind(npz, expectedKind);
        var shape = ReadShape(npz);
        int rows = ConnInput.StorageRows(kind, shape);

        var indicesHeader = npz.Header(NpzConnLayout.Indices);
        RequireDescr(npz, NpzConnLayout.Indices, indicesHeader, "<i4", "<i8");
        RequireRowMajor(npz, NpzConnLayout.Indices, indicesHeader);
        if (indicesHeader.Shape.Length != 2 || indicesHeader.Shape[0] != rows || indicesHeader.Shape[1] > int.MaxValue)
        {
            throw npz.Fail(NpzConnLayout.Indices,
                $"expected shape ({rows}, nConn) ({ConnInput.StorageRowsName(kind)} = {rows} for shape ({shape.Rows}, {shape.Cols})), found {NpyHeader.FormatShape(indicesHeader.Shape)}");
        }

        int nConn = (int)indicesHeader.Shape[1];
        var dataHeader = npz.Header(NpzConnLayout.Data);
        RequireDescr(npz, NpzConnLayout.Data, dataHeader, "<f4", "<f8");
        RequireRowMajor(npz, NpzConnLayout.Data, dataHeader);
        bool homogeneous = dataHeader.Shape is [] or [1];
        if (!homogeneous && !dataHeader.Shape.AsSpan().SequenceEqual(indicesHeader.Shape))
        {
            throw npz.Fail(NpzConnLayout.Data,
                $"expected the shape of indices, {NpyHeader.FormatShape(indicesHeader.Shape)}, or (1,) for one homogeneous weight; found {NpyHeader.FormatShape(dataHeader.Shape)}");
        }

        var indices = ReadIndices(npz, indicesHeader);
        var data = ReadValues<T>(npz, dataHeader);
        try
        {
            return ConnInput.FromFlat<T>(kind, data, indices, nConn, shape, options: null);
        }
        catch (ArgumentException error)
        {
            throw new InvalidDataException($"{path}: the arrays do not form a valid {NpzConnLayout.KindName(kind)}: {error.Message}", error);
        }
    }

    private static FixedNumConnKind ReadKind(NpzArchiveReader npz, FixedNumConnKind? expected)
    {
        var header = npz.Header(NpzConnLayout.Kind);
        bool isText = header.Descr.StartsWith("<U", StringComparison.Ordinal) || header.Descr.StartsWith("|S", StringComparison.Ordinal);
        if (!isText || header.Shape is not ([] or [1]))
        {
            throw npz.Fail(NpzConnLayout.Kind,
                $"expected one string (dtype '<U..', shape ()), found dtype '{header.Descr}' and shape {NpyHeader.FormatShape(header.Shape)}");
        }

        string name = npz.Text(NpzConnLayout.Kind, header);
        FixedNumConnKind kind = name switch
        {
            NpzConnLayout.FixedPostName => FixedNumConnKind.FixedPost,
            NpzConnLayout.FixedPreName => FixedNumConnKind.FixedPre,
            _ => throw npz.Fail(NpzConnLayout.Kind, $"expected '{NpzConnLayout.FixedPostName}' or '{NpzConnLayout.FixedPreName}', found '{name}'"),
        };
        if (expected is { } wanted && wanted != kind)
        {
            string want = NpzConnLayout.KindName(wanted);
            throw npz.Fail(NpzConnLayout.Kind,
                $"expected '{want}' (loading with {want}<T>.Load), found '{name}'; load it with {name}<T>.Load or FixedNumConnFile.Load");
        }

        return kind;
    }

    private static (int Rows, int Cols) ReadShape(NpzArchiveReader npz)
    {
        var header = npz.Header(NpzConnLayout.Shape);
        RequireDescr(npz, NpzConnLayout.Shape, header, "<i8", "<i4");
        if (header.Shape is not [2])
        {
            throw npz.Fail(NpzConnLayout.Shape, $"expected shape (2,) holding (NumPre, NumPost), found {NpyHeader.FormatShape(header.Shape)}");
        }

        long[] dims = header.Descr == "<i8"
            ? npz.Payload<long>(NpzConnLayout.Shape)
            : Array.ConvertAll(npz.Payload<int>(NpzConnLayout.Shape), d => (long)d);
        if (dims[0] is < 1 or > int.MaxValue || dims[1] is < 1 or > int.MaxValue)
        {
            throw npz.Fail(NpzConnLayout.Shape, $"expected two dimensions in [1, {int.MaxValue}], found ({dims[0]}, {dims[1]})");
        }

        return ((int)dims[0], (int)dims[1]);
    }

    private static int[] ReadIndices(NpzArchiveReader npz, NpyHeader header)
    {
        if (header.Descr == "<i4")
        {
            return npz.Payload<int>(NpzConnLayout.Indices);
        }

        var wide = npz.Payload<long>(NpzConnLayout.Indices);
        var indices = new int[wide.Length];
        for (int i = 0; i < wide.Length; i++)
        {
            if (wide[i] is < int.MinValue or > int.MaxValue)
            {
                throw npz.Fail(NpzConnLayout.Indices, $"int64 index {wide[i]} at flat position {i} does not fit in int32");
            }

            indices[i] = (int)wide[i];
        }

        return indices;
    }

    /// <summary>The stored values converted to <typeparamref name="T"/> (float64 files load into float with rounding).</summary>
    private static T[] ReadValues<T>(NpzArchiveReader npz, NpyHeader header)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (header.Descr == "<f4")
        {
            var singles = npz.Payload<float>(NpzConnLayout.Data);
            return typeof(T) == typeof(float) ? (T[])(object)singles : Array.ConvertAll(singles, T.CreateTruncating);
        }

        var doubles = npz.Payload<double>(NpzConnLayout.Data);
        return typeof(T) == typeof(double) ? (T[])(object)doubles : Array.ConvertAll(doubles, T.CreateTruncating);
    }

    private static void RequireDescr(NpzArchiveReader npz, string name, NpyHeader header, params string[] allowed)
    {
        if (allowed.Contains(header.Descr))
        {
            return;
        }

        string bigEndian = header.Descr.StartsWith('>') ? " (big-endian data is not supported: save arr.astype(arr.dtype.newbyteorder('<')))" : string.Empty;
        throw npz.Fail(name, $"expected dtype {string.Join(" or ", allowed.Select(a => $"'{a}'"))}, found '{header.Descr}'{bigEndian}");
    }

    /// <summary>Column-major data is refused rather than transposed: NumPy writes C order unless asked otherwise.</summary>
    private static void RequireRowMajor(NpzArchiveReader npz, string name, NpyHeader header)
    {
        if (header.FortranOrder && header.Shape.Length > 1)
        {
            throw npz.Fail(name, "expected fortran_order False (C order), found True; save numpy.ascontiguousarray(arr) instead");
        }
    }
}
