using System.IO.Compression;

namespace BrainEvent.Tests.IO;

/// <summary>
/// The format against files written by hand from the NPY spec: Data/*.npz were made by a one-off Python
/// script using only the struct and zipfile modules (numpy is not on the build machine). It wrote each
/// array as NumPy does: magic <c>\x93NUMPY</c>, version 1.0, a little-endian uint16 header length, the
/// header <c>{'descr': ..., 'fortran_order': False, 'shape': ..., }</c> plus 21 - len(str(shape[0]))
/// spaces of growth room (for arrays of one or more dimensions), then spaces and a newline up to a
/// multiple of 64 bytes, then the little-endian data; and zipped them as numpy.savez does (stored,
/// entries data.npy, indices.npy, shape.npy, kind.npy). The file fixed_post_float32.npz holds a
/// FixedPostNumConn of shape (3, 4), weights [[0.5, -1.25], [2, 0.125], [3.5, -0.75]] and indices
/// [[0, 2], [1, 3], [3, 3]]; fixed_pre_float64_homogeneous.npz a FixedPreNumConn of shape (2, 3) with one
/// weight 0.1 and indices [[0], [1], [1]].
/// </summary>
public class NpzFormatTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Data");

    [Fact]
    public void Loads_the_hand_written_float32_file()
    {
        var w = FixedPostNumConn<float>.Load(Path.Combine(DataFolder, "fixed_post_float32.npz"));
        Assert.Equal((3, 4), w.Shape);
        Assert.Equal(2, w.NConn);
        Assert.False(w.IsHomogeneous);
        Assert.Equal(new[] { 0.5f, -1.25f, 2f, 0.125f, 3.5f, -0.75f }, w.Data.ToArray());
        Assert.Equal(new[] { 0, 2, 1, 3, 3, 3 }, w.Indices.ToArray());
        Assert.Equal(new float[,] { { 0.5f, 0, -1.25f, 0 }, { 0, 2f, 0, 0.125f }, { 0, 0, 0, 3.5f - 0.75f } }, w.ToDense());
    }

    [Fact]
    public void Loads_the_hand_written_homogeneous_float64_file()
    {
        var w = FixedPreNumConn<double>.Load(Path.Combine(DataFolder, "fixed_pre_float64_homogeneous.npz"));
        Assert.Equal((2, 3), w.Shape);
        Assert.True(w.IsHomogeneous);
        Assert.Equal(0.1, Assert.Single(w.Data.ToArray()));
        Assert.Equal(new double[,] { { 0.1, 0, 0 }, { 0, 0.1, 0.1 } }, w.ToDense());
    }

    [Fact]
    public void Saves_every_array_byte_for_byte_as_the_hand_written_files()
    {
        using var folder = new TempFolder();
        var post = new FixedPostNumConn<float>(
            new[,] { { 0.5f, -1.25f }, { 2f, 0.125f }, { 3.5f, -0.75f } }, new[,] { { 0, 2 }, { 1, 3 }, { 3, 3 } }, (3, 4));
        post.Save(folder.File("post.npz"));
        AssertSameArrays(Path.Combine(DataFolder, "fixed_post_float32.npz"), folder.File("post.npz"));

        var pre = new FixedPreNumConn<double>(0.1, new[,] { { 0 }, { 1 }, { 1 } }, (2, 3));
        pre.Save(folder.File("pre.npz"));
        AssertSameArrays(Path.Combine(DataFolder, "fixed_pre_float64_homogeneous.npz"), folder.File("pre.npz"));
    }

    [Fact]
    public void Headers_end_on_a_64_byte_boundary_with_numpys_growth_room()
    {
        using var folder = new TempFolder();
        FixedPostNumConn<double>.Random(123456, 7, 3, 1.0, seed: 1).Save(folder.File("w.npz"));
        using var zip = ZipFile.OpenRead(folder.File("w.npz"));
        var indices = Read(zip.GetEntry("indices.npy")!);
        int headerLength = indices[8] | (indices[9] << 8);
        Assert.Equal(0, (10 + headerLength) % 64);
        string header = System.Text.Encoding.Latin1.GetString(indices, 10, headerLength);

        // NumPy: the dict, 21 - len("123456") spaces of growth room, then spaces and a newline to 64 bytes.
        string dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (123456, 3), }" + new string(' ', 15);
        Assert.Equal(dict + new string(' ', headerLength - dict.Length - 1) + "\n", header);
        Assert.InRange(headerLength - dict.Length - 1, 1, 64);
        Assert.Equal(10 + headerLength + (123456 * 3 * 4), indices.Length);
    }

    private static void AssertSameArrays(string expectedPath, string actualPath)
    {
        using var expected = ZipFile.OpenRead(expectedPath);
        using var actual = ZipFile.OpenRead(actualPath);
        Assert.Equal(expected.Entries.Select(e => e.FullName), actual.Entries.Select(e => e.FullName));
        foreach (var entry in expected.Entries)
        {
            Assert.Equal(Read(entry), Read(actual.GetEntry(entry.FullName)!));
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
