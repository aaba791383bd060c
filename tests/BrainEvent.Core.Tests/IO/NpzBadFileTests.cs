using System.Text;
using static BrainEvent.Tests.IO.NpzCraft;

namespace BrainEvent.Tests.IO;

/// <summary>
/// Bad files: an <see cref="InvalidDataException"/> that names the file, the array, what was expected and
/// what was found. Each case starts from a valid file (<see cref="NpzCraft.ValidPost"/>) and breaks one thing.
/// </summary>
public class NpzBadFileTests
{
    [Fact]
    public void The_crafted_valid_file_loads()
    {
        using var folder = new TempFolder();
        var w = FixedPostNumConn<float>.Load(ValidPost().Save(folder.File("ok.npz")));
        Assert.Equal(new[] { 1f, 2f, 3f, 4f, 5f, 6f }, w.Data.ToArray());
    }

    [Fact]
    public void A_truncated_zip()
    {
        using var folder = new TempFolder();
        FixedPostNumConn<float>.Random(50, 40, 8, 1f, seed: 1).Save(folder.File("w.npz"));
        var bytes = File.ReadAllBytes(folder.File("w.npz"));
        File.WriteAllBytes(folder.File("w.npz"), bytes[..(bytes.Length / 2)]);
        var error = Load(folder.File("w.npz"));
        Assert.Contains("w.npz: not a readable .npz (zip) archive", error.Message);
    }

    [Fact]
    public void Not_a_zip_at_all()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("text.npz"), "this is not a zip archive");
        Assert.Contains("not a readable .npz", Load(folder.File("text.npz")).Message);
    }

    [Fact]
    public void A_missing_array()
    {
        var error = Load(ValidPost().Remove("indices"));
        Assert.Contains("missing array 'indices': expected an entry indices.npy; the archive holds data.npy, shape.npy, kind.npy", error.Message);
    }

    [Fact]
    public void A_wrong_dtype()
    {
        var error = Load(ValidPost().Add("data", Npy("<i4", "(3, 2)", Bytes(1, 2, 3, 4, 5, 6))));
        Assert.Contains("array 'data' (data.npy): expected dtype '<f4' or '<f8', found '<i4'", error.Message);

        var bigEndian = Load(ValidPost().Add("indices", Npy(">i4", "(3, 2)", Bytes(0, 0, 0, 0, 0, 0))));
        Assert.Contains("found '>i4' (big-endian data is not supported", bigEndian.Message);
    }

    [Fact]
    public void Inconsistent_shapes()
    {
        var data = Load(ValidPost().Add("data", Npy("<f4", "(3, 3)", Bytes(new float[9]))));
        Assert.Contains("array 'data' (data.npy): expected the shape of indices, (3, 2), or (1,) for one homogeneous weight; found (3, 3)", data.Message);

        var rows = Load(ValidPost().Add("indices", Npy("<i4", "(2, 2)", Bytes(0, 1, 2, 3))));
        Assert.Contains("array 'indices' (indices.npy): expected shape (3, nConn)", rows.Message);
        Assert.Contains("found (2, 2)", rows.Message);

        var shape = Load(ValidPost().Add("shape", Npy("<i8", "(3,)", Bytes(3L, 4L, 5L))));
        Assert.Contains("array 'shape' (shape.npy): expected shape (2,) holding (NumPre, NumPost), found (3,)", shape.Message);
    }

    [Fact]
    public void An_index_out_of_range()
    {
        var error = Load(ValidPost().Add("indices", Npy("<i4", "(3, 2)", Bytes(0, 1, 2, 4, 3, 0))));
        Assert.Contains("the arrays do not form a valid FixedPostNumConn: indices must lie in [0, 4)", error.Message);
        Assert.Contains("found min 0 and max 4", error.Message);
        Assert.IsType<ArgumentException>(error.InnerException);

        var wide = Load(ValidPost().Add("indices", Npy("<i8", "(3, 2)", Bytes(0L, 1L, 1L << 40, 3L, 3L, 0L))));
        Assert.Contains("int64 index 1099511627776 at flat position 2 does not fit in int32", wide.Message);
    }

    [Fact]
    public void Int64_indices_are_converted()
    {
        using var folder = new TempFolder();
        var path = ValidPost().Add("indices", Npy("<i8", "(3, 2)", Bytes(0L, 1L, 2L, 3L, 3L, 0L))).Save(folder.File("w.npz"));
        Assert.Equal(new[] { 0, 1, 2, 3, 3, 0 }, FixedPostNumConn<float>.Load(path).Indices.ToArray());
    }

    [Fact]
    public void Bad_magic()
    {
        var npy = Npy("<f4", "(3, 2)", Bytes(new float[6]));
        Encoding.ASCII.GetBytes("NOTNPY").CopyTo(npy, 0);
        var error = Load(ValidPost().Add("data", npy));
        Assert.Contains("array 'data' (data.npy): bad NPY header: it does not start with the NPY magic", error.Message);
        Assert.Contains("4E4F544E5059", error.Message);
    }

    [Fact]
    public void A_bad_header()
    {
        var garbage = Load(ValidPost().Add("data", Npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2)", Bytes(new float[6]))));
        Assert.Contains("array 'data' (data.npy): bad NPY header: the header is not a Python dict literal", garbage.Message);

        var keys = Load(ValidPost().Add("data", Npy("{'descr': '<f4', 'shape': (3, 2), }", Bytes(new float[6]))));
        Assert.Contains("must have exactly the keys 'descr', 'fortran_order' and 'shape'; found 'descr', 'shape'", keys.Message);

        var version = Npy("<f4", "(3, 2)", Bytes(new float[6]));
        version[6] = 4;
        Assert.Contains("NPY version 4.0 is not one of 1.0, 2.0 and 3.0", Load(ValidPost().Add("data", version)).Message);

        var structured = Load(ValidPost().Add("data", Npy("{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (3, 2), }", Bytes(new float[6]))));
        Assert.Contains("structured dtypes are not supported", structured.Message);
    }

    [Theory]
    [InlineData('(', ')', 57)]
    [InlineData('[', ']', 57)]
    [InlineData('{', '}', 92)]
    public void A_deeply_nested_header_is_refused_not_a_stack_overflow(char open, char close, int ninthLevelAt)
    {
        // 30,000 levels fit a v1.0 header and deflate to about 1 KB; unbounded recursion ended the process.
        string nested = open == '{'
            ? string.Concat(Enumerable.Repeat("{'a': ", 30_000)) + "1" + new string('}', 30_000)
            : new string(open, 30_000) + new string(close, 30_000);
        var craft = ValidPost().Add("data", Npy($"{{'descr': '<f4', 'fortran_order': False, 'shape': {nested}, }}", Bytes(new float[6])));
        using var folder = new TempFolder();
        string path = craft.Save(folder.File("nested.npz"), System.IO.Compression.CompressionLevel.Optimal);
        Assert.True(new FileInfo(path).Length < 4096);

        var error = Load(path);
        Assert.Contains($"array 'data' (data.npy): bad NPY header: the header is not a Python dict literal (nested more than 8 levels deep at character {ninthLevelAt})", error.Message);
        Assert.True(error.Message.Length < 1000, $"the message quotes the whole 60 KB header: {error.Message.Length} characters");
    }

    [Fact]
    public void Headers_nested_8_deep_still_parse()
    {
        // dict > list > tuple > five tuples is 8 levels: the refusal comes from the content check, not from the depth limit.
        var error = Load(ValidPost().Add("data", Npy("{'descr': [('x', '<f4', (((((2,),),),),))], 'fortran_order': False, 'shape': (3, 2), }", Bytes(new float[6]))));
        Assert.Contains("structured dtypes are not supported", error.Message);
    }

    [Fact]
    public void A_truncated_array()
    {
        var error = Load(ValidPost().Add("data", Npy("<f4", "(3, 2)", Bytes(1f, 2f, 3f))));
        Assert.Contains("array 'data' (data.npy): the header promises 24 data bytes ((3, 2) of '<f4') after its 128 header bytes, but the entry holds 140 bytes in all", error.Message);
    }

    [Fact]
    public void Column_major_arrays_are_refused()
    {
        var error = Load(ValidPost().Add("indices", Npy("<i4", "(3, 2)", Bytes(0, 1, 2, 3, 3, 0), fortranOrder: true)));
        Assert.Contains("array 'indices' (indices.npy): expected fortran_order False (C order), found True", error.Message);
    }

    [Fact]
    public void The_wrong_class_or_an_unknown_kind()
    {
        using var folder = new TempFolder();
        string path = ValidPost().Save(folder.File("post.npz"));
        var error = Assert.Throws<InvalidDataException>(() => FixedPreNumConn<float>.Load(path));
        Assert.Contains("array 'kind' (kind.npy): expected 'FixedPreNumConn' (loading with FixedPreNumConn<T>.Load), found 'FixedPostNumConn'", error.Message);

        var unknown = Load(ValidPost().Add("kind", Npy("<U5", "()", Encoding.UTF32.GetBytes("dense"))));
        Assert.Contains("expected 'FixedPostNumConn' or 'FixedPreNumConn', found 'dense'", unknown.Message);
    }

    [Fact]
    public void Version_2_and_3_headers_and_deflated_entries_load()
    {
        using var folder = new TempFolder();
        var craft = ValidPost()
            .Add("data", Npy("<f8", "(3, 2)", Bytes(1.0, 2.0, 3.0, 4.0, 5.0, 6.5), major: 2))
            .Add("indices", Npy("<i4", "(3, 2)", Bytes(0, 1, 2, 3, 3, 0), major: 3))
            .Add("kind", Npy("<U20", "()", Encoding.UTF32.GetBytes("FixedPostNumConn\0\0\0\0"), major: 3));
        var w = FixedPostNumConn<double>.Load(craft.Save(folder.File("v23.npz"), System.IO.Compression.CompressionLevel.Optimal));
        Assert.Equal(new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.5 }, w.Data.ToArray());
        Assert.Equal(new[] { 0, 1, 2, 3, 3, 0 }, w.Indices.ToArray());
    }

    [Fact]
    public void A_0d_weight_is_homogeneous()
    {
        using var folder = new TempFolder();
        var w = FixedPostNumConn<float>.Load(ValidPost().Add("data", Npy("<f4", "()", Bytes(2.5f))).Save(folder.File("w.npz")));
        Assert.True(w.IsHomogeneous);
        Assert.Equal(2.5f, Assert.Single(w.Data.ToArray()));
    }

    private static InvalidDataException Load(NpzCraft craft)
    {
        using var folder = new TempFolder();
        return Load(craft.Save(folder.File("bad.npz")));
    }

    private static InvalidDataException Load(string path)
    {
        var error = Assert.Throws<InvalidDataException>(() => FixedPostNumConn<float>.Load(path));
        Assert.StartsWith(path, error.Message);
        return error;
    }
}
