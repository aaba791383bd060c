using System.IO.Compression;
using System.Text;
using BrainEvent.Tests.IO;
using static BrainEvent.Tests.IO.NpzCraft;

namespace BrainEvent.Tests.Guarantees;

/// <summary>A valid <c>.npz</c> file as bytes, and how to load it and compare what loads with the original.</summary>
internal sealed record NpzSample(string Name, byte[] Bytes, bool Double, Loaded Original)
{
    public override string ToString() => Name;
}

/// <summary>
/// Valid files of every kind the loader reads: both classes, both element types, heterogeneous and
/// homogeneous, stored and deflated as <c>Save</c> writes them, and a NumPy-style file with v2.0 and v3.0
/// headers and int64 indices.
/// </summary>
internal static class NpzSamples
{
    public static readonly NpzSample[] All = Create();

    /// <summary>Loads <paramref name="path"/> as the sample's element type, as doubles for comparison.</summary>
    public static Loaded Load(NpzSample sample, string path) => sample.Double
        ? Loaded.Of(FixedNumConnFile.Load<double>(path))
        : Loaded.Of(FixedNumConnFile.Load<float>(path));

    private static NpzSample[] Create()
    {
        using var folder = new TempFolder();
        var post = FixedPostNumConn<float>.Random(20, 30, 4, WeightInit.Uniform(-1, 1), seed: 3);
        var pre = FixedPreNumConn<double>.Random(25, 15, 3, 0.5, seed: 4);
        var craft = ValidPost()
            .Add("data", Npy("<f8", "(3, 2)", Bytes(1.0, 2.0, 3.0, 4.0, 5.0, 6.5), major: 2))
            .Add("indices", Npy("<i8", "(3, 2)", Bytes(0L, 1L, 2L, 3L, 3L, 0L), major: 3))
            .Add("kind", Npy("<U16", "()", Encoding.UTF32.GetBytes("FixedPostNumConn"), major: 3));

        NpzSample Sample(string name, bool isDouble, Action<string> save)
        {
            string path = folder.File(Guid.NewGuid().ToString("N") + ".npz");
            save(path);
            var original = isDouble ? Loaded.Of(FixedNumConnFile.Load<double>(path)) : Loaded.Of(FixedNumConnFile.Load<float>(path));
            return new NpzSample(name, File.ReadAllBytes(path), isDouble, original);
        }

        return
        [
            Sample("post float32 stored", false, path => post.Save(path)),
            Sample("post float32 deflated", false, path => post.Save(path, compressed: true)),
            Sample("pre float64 homogeneous stored", true, path => pre.Save(path)),
            Sample("pre float64 homogeneous deflated", true, path => pre.Save(path, compressed: true)),
            Sample("numpy v2/v3 int64 deflated", true, path => craft.Save(path, CompressionLevel.Optimal)),
        ];
    }
}

/// <summary>What a load gave, in comparable form: class, shape, row length and the exact value and index bits.</summary>
internal sealed record Loaded(FixedNumConnKind Kind, (int, int) Shape, int NConn, bool Homogeneous, long[] DataBits, int[] Indices)
{
    public static Loaded Of(FixedNumConn<float> w) =>
        new(w.Kind, w.Shape, w.NConn, w.IsHomogeneous, w.Data.ToArray().Select(v => (long)BitConverter.SingleToInt32Bits(v)).ToArray(), w.Indices.ToArray());

    public static Loaded Of(FixedNumConn<double> w) =>
        new(w.Kind, w.Shape, w.NConn, w.IsHomogeneous, w.Data.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray(), w.Indices.ToArray());

    public bool SameAs(Loaded other) =>
        Kind == other.Kind && Shape == other.Shape && NConn == other.NConn && Homogeneous == other.Homogeneous
        && DataBits.AsSpan().SequenceEqual(other.DataBits) && Indices.AsSpan().SequenceEqual(other.Indices);
}
