using System.IO.Compression;
using System.Numerics;

namespace BrainEvent.Tests.IO;

public class NpzRoundTripTests
{
    public static TheoryData<FixedNumConnKind, bool, bool> Cases()
    {
        var cases = new TheoryData<FixedNumConnKind, bool, bool>();
        foreach (var kind in new[] { FixedNumConnKind.FixedPost, FixedNumConnKind.FixedPre })
        {
            foreach (bool homogeneous in new[] { false, true })
            {
                foreach (bool compressed in new[] { false, true })
                {
                    cases.Add(kind, homogeneous, compressed);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Float_matrices_come_back_unchanged(FixedNumConnKind kind, bool homogeneous, bool compressed) =>
        RoundTrip<float>(kind, homogeneous, compressed);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double_matrices_come_back_unchanged(FixedNumConnKind kind, bool homogeneous, bool compressed) =>
        RoundTrip<double>(kind, homogeneous, compressed);

    [Fact]
    public void A_lazy_matrix_is_saved_with_its_values()
    {
        using var folder = new TempFolder();
        var w = FixedPostNumConn<float>.Random(30, 20, 4, WeightInit.Uniform(0, 1), seed: 3);
        var lazy = (w * 2f).Apply(x => x + 1f);
        lazy.Save(folder.File("lazy.npz"));
        var back = FixedPostNumConn<float>.Load(folder.File("lazy.npz"));
        Assert.False(back.IsLazy);
        Assert.Equal(w.Data.ToArray().Select(x => (x * 2f) + 1f), back.Data.ToArray());
    }

    [Fact]
    public void The_file_loader_returns_the_stored_class()
    {
        using var folder = new TempFolder();
        FixedPreNumConn<double>.Random(5, 8, 2, 0.5, seed: 1).Save(folder.File("pre.npz"));
        var loaded = FixedNumConnFile.Load<double>(folder.File("pre.npz"));
        Assert.IsType<FixedPreNumConn<double>>(loaded);
        Assert.Equal((5, 8), loaded.Shape);
    }

    [Fact]
    public void Float64_files_load_into_float_rounded_and_float32_into_double_exactly()
    {
        using var folder = new TempFolder();
        var doubles = new FixedPostNumConn<double>(new[,] { { 0.1, 1e-3 } }, new[,] { { 0, 1 } }, (1, 2));
        doubles.Save(folder.File("f8.npz"));
        Assert.Equal(new[] { 0.1f, 1e-3f }, FixedPostNumConn<float>.Load(folder.File("f8.npz")).Data.ToArray());

        var singles = new FixedPostNumConn<float>(new[,] { { 0.1f, 1e-3f } }, new[,] { { 0, 1 } }, (1, 2));
        singles.Save(folder.File("f4.npz"));
        Assert.Equal(new[] { (double)0.1f, (double)1e-3f }, FixedPostNumConn<double>.Load(folder.File("f4.npz")).Data.ToArray());
    }

    [Fact]
    public void Saving_replaces_an_existing_file_and_leaves_no_temporary_files()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("w.npz"), "old contents");
        FixedPostNumConn<float>.Random(4, 4, 2, 1f, seed: 1).Save(folder.File("w.npz"));
        Assert.Equal(4, FixedPostNumConn<float>.Load(folder.File("w.npz")).NumPre);
        Assert.Equal(new[] { "w.npz" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Compressed_entries_are_deflated()
    {
        using var folder = new TempFolder();
        FixedPostNumConn<float>.Random(200, 100, 10, 1f, seed: 1).Save(folder.File("z.npz"), compressed: true);
        using var zip = ZipFile.OpenRead(folder.File("z.npz"));
        var indices = zip.GetEntry("indices.npy")!;
        Assert.True(indices.CompressedLength < indices.Length, $"{indices.CompressedLength} >= {indices.Length}");
    }

    private static void RoundTrip<T>(FixedNumConnKind kind, bool homogeneous, bool compressed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var folder = new TempFolder();
        string path = folder.File("w.npz");
        FixedNumConn<T> w = (kind, homogeneous) switch
        {
            (FixedNumConnKind.FixedPost, true) => FixedPostNumConn<T>.Random(37, 23, 5, T.CreateTruncating(0.75), seed: 1),
            (FixedNumConnKind.FixedPost, false) => FixedPostNumConn<T>.Random(37, 23, 5, WeightInit.Normal(0, 1), seed: 2),
            (_, true) => FixedPreNumConn<T>.Random(37, 23, 5, T.CreateTruncating(-0.5), seed: 3, withReplacement: true),
            _ => FixedPreNumConn<T>.Random(37, 23, 5, WeightInit.Uniform(-2, 2), seed: 4),
        };

        w.Save(path, compressed);
        FixedNumConn<T> back = kind == FixedNumConnKind.FixedPost ? FixedPostNumConn<T>.Load(path) : FixedPreNumConn<T>.Load(path);
        Assert.Equal(w.Kind, back.Kind);
        Assert.Equal(w.Shape, back.Shape);
        Assert.Equal(w.NConn, back.NConn);
        Assert.Equal(homogeneous, back.IsHomogeneous);
        Assert.Equal(w.Indices.ToArray(), back.Indices.ToArray());
        Assert.Equal(w.Data.ToArray(), back.Data.ToArray());
    }
}
