using System.IO.Compression;
using BrainEvent.Tests.IO;
using static BrainEvent.Tests.IO.NpzCraft;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Headers that claim far more than the file holds are refused before the claim is allocated: a refused
/// load allocates less than <see cref="NpzLoadBound"/> allows for the file's size, whatever the header says.
/// </summary>
public class NpzAllocationTests
{
    [Fact]
    public void A_shape_past_any_array_is_refused()
    {
        var error = Refused(ValidPost().Add("data", Npy("<f4", "(1099511627776,)", Bytes(1f))));
        Assert.Contains("array 'data' (data.npy): cannot hold shape (1099511627776,) of dtype '<f4' in one array", error.Message);
    }

    [Fact]
    public void A_two_dimensional_claim_of_2_to_the_40_is_refused()
    {
        var craft = ValidPost()
            .Add("shape", Npy("<i8", "(2,)", Bytes(1L << 20, 4L)))
            .Add("indices", Npy("<i4", "(1048576, 1048576)", Bytes(0, 1)));
        Assert.Contains("cannot hold shape (1048576, 1048576) of dtype '<i4' in one array", Refused(craft).Message);
    }

    [Fact]
    public void A_claim_larger_than_its_entry_is_refused()
    {
        var error = Refused(ValidPost().Add("data", Npy("<f4", "(3, 1000000)", Bytes(1f, 2f))));
        Assert.Contains("array 'data' (data.npy): the header promises 12000000 data bytes ((3, 1000000) of '<f4')", error.Message);
        var alone = Refused(ValidPost().Add("shape", Npy("<i8", "(100000000,)", Bytes(3L, 4L))));
        Assert.Contains("the header promises 800000000 data bytes", alone.Message);
    }

    /// <summary>
    /// The header and the zip directory agree on 512 MiB of indices and 512 MiB of values, in a file of a
    /// kilobyte. Stored, the zip reader finds the entry runs past the file; deflated, the sizes are plain
    /// fields, so the loader inflates the entry once before allocating and finds 152 bytes.
    /// </summary>
    [Theory]
    [InlineData(CompressionLevel.NoCompression)]
    [InlineData(CompressionLevel.Optimal)]
    public void Consistent_header_and_zip_sizes_claiming_a_gigabyte_are_refused_before_allocating(CompressionLevel level)
    {
        const long Rows = 1L << 26;
        var craft = ValidPost()
            .Add("shape", Npy("<i8", "(2,)", Bytes(Rows, 4L)))
            .Add("indices", Npy("<i4", $"({Rows}, 2)", Bytes(0, 1, 2, 3, 3, 0)))
            .Add("data", Npy("<f4", $"({Rows}, 2)", Bytes(1f, 2f, 3f, 4f, 5f, 6f)));
        using var folder = new TempFolder();
        string path = craft.Save(folder.File("claims.npz"), level);
        var zip = File.ReadAllBytes(path);
        uint claimed = (uint)(128 + (Rows * 2 * 4));
        ZipLayout.ClaimSize(zip, "indices.npy", claimed, alsoCompressed: level == CompressionLevel.NoCompression);
        ZipLayout.ClaimSize(zip, "data.npy", claimed, alsoCompressed: level == CompressionLevel.NoCompression);
        File.WriteAllBytes(path, zip);

        var error = Refused(path);
        Assert.Contains(
            level == CompressionLevel.NoCompression ? "array 'indices' (indices.npy): the zip entry cannot be read" : $"array 'indices' (indices.npy): the entry inflates to 152 bytes, not the {claimed} its zip directory records",
            error.Message);
    }

    [Fact]
    public void A_header_length_past_its_entry_is_refused_before_its_buffer()
    {
        var npy = Npy("<f4", "(3, 2)", Bytes(1f, 2f, 3f, 4f, 5f, 6f), major: 2);
        ZipLayout.Write(npy, 8, 4, (1 << 20) - 16);
        var error = Refused(ValidPost().Add("data", npy));
        Assert.Contains($"the header claims {(1 << 20) - 16} bytes, but the array holds {npy.Length} bytes in all", error.Message);
    }

    private static InvalidDataException Refused(NpzCraft craft)
    {
        using var folder = new TempFolder();
        return Refused(craft.Save(folder.File("claims.npz")));
    }

    private static InvalidDataException Refused(string path)
    {
        long length = new FileInfo(path).Length;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InvalidDataException>(() => FixedPostNumConn<float>.Load(path));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < NpzLoadBound.Bytes(length), $"refusing a {length}-byte file allocated {allocated} bytes: {error.Message}");
        return error;
    }
}
