using System.Numerics;

namespace BrainEvent.Tests.Support;

/// <summary>
/// One test matrix, described by its parameters and generated from a seed. <see cref="DuplicateHeavy"/>
/// draws indices from a few values so most rows repeat targets.
/// </summary>
public sealed record ConnCase(FixedNumConnKind Kind, int NumPre, int NumPost, int NConn, bool Homogeneous, bool DuplicateHeavy, int Seed)
{
    public int StorageRows => Kind == FixedNumConnKind.FixedPost ? NumPre : NumPost;

    public int IndexBound => Kind == FixedNumConnKind.FixedPost ? NumPost : NumPre;

    public int Nse => StorageRows * NConn;

    /// <summary>Values in [-1, 1) rounded to what float holds exactly, so float and double cases agree.</summary>
    public double[] Values()
    {
        var random = new Random(Seed);
        var values = new double[Homogeneous ? 1 : Nse];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return values;
    }

    public int[] IndicesFlat()
    {
        var random = new Random(Seed + 1);
        int range = DuplicateHeavy ? Math.Min(3, IndexBound) : IndexBound;
        var indices = new int[Nse];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = random.Next(range);
        }

        return indices;
    }

    public FixedNumConn<T> Build<T>()
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = Values().Select(T.CreateChecked).ToArray();
        var indices = IndicesFlat();
        var shape = (NumPre, NumPost);
        return Kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<T>(data, indices, NConn, shape)
            : new FixedPreNumConn<T>(data, indices, NConn, shape);
    }

    /// <summary>The dense matrix built straight from the generated arrays, independently of the library.</summary>
    public double[,] Dense() => DenseReference.Dense(Kind, NumPre, NumPost, NConn, Values(), IndicesFlat());

    /// <summary>The dense matrix of the absolute stored weights: the scale of rounding errors.</summary>
    public double[,] AbsDense() => DenseReference.Dense(Kind, NumPre, NumPost, NConn, Values().Select(Math.Abs).ToArray(), IndicesFlat());

    public override string ToString() =>
        $"{Kind} {NumPre}x{NumPost} nConn={NConn} {(Homogeneous ? "homo" : "hetero")}{(DuplicateHeavy ? " dup" : string.Empty)} seed={Seed}";

    /// <summary>
    /// Both classes, homogeneous and heterogeneous, nConn 0, 1, 7, 8, 9, 64 and 100, N = 1, duplicate-heavy
    /// rows and random shapes from a fixed seed.
    /// </summary>
    public static IEnumerable<ConnCase> Standard()
    {
        int seed = 1000;
        foreach (var kind in new[] { FixedNumConnKind.FixedPost, FixedNumConnKind.FixedPre })
        {
            foreach (bool homogeneous in new[] { false, true })
            {
                foreach (int nConn in new[] { 1, 7, 8, 9, 64, 100 })
                {
                    yield return new ConnCase(kind, 13, 17, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 1, 1, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 1, 40, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 40, 1, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 9, 11, nConn, homogeneous, true, seed++);
                }

                yield return new ConnCase(kind, 5, 6, 0, homogeneous, false, seed++);
                var random = new Random(seed);
                for (int i = 0; i < 4; i++)
                {
                    yield return new ConnCase(kind, random.Next(1, 60), random.Next(1, 60), random.Next(1, 40), homogeneous, false, seed++);
                }
            }
        }
    }

    public static TheoryData<ConnCase> StandardData() => new(Standard());
}
