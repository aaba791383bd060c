using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>A random matrix of one class with every operand its products take, from a fixed seed.</summary>
public sealed class Problem<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private Problem(FixedNumConn<T> w, Random random, int batch)
    {
        W = w;
        G = Values(random, w.Nse, 0.5, 2.0);
        Pre = Values(random, w.NumPre, -1, 1);
        Post = Values(random, w.NumPost, -1, 1);
        PreSpikes = Spikes(random, w.NumPre);
        PostSpikes = Spikes(random, w.NumPost);
        PreBits = BitSpikes.FromBools(PreSpikes);
        PostBits = BitSpikes.FromBools(PostSpikes);
        RightMatrix = Matrix(random, w.NumPost, batch);
        LeftMatrix = Matrix(random, batch, w.NumPre);
        RightSpikes = SpikeMatrix(random, w.NumPost, batch);
        LeftSpikes = SpikeMatrix(random, batch, w.NumPre);
    }

    public FixedNumConn<T> W { get; }

    /// <summary>The per-synapse operand, one value per slot.</summary>
    public T[] G { get; }

    public T[] Pre { get; }

    public T[] Post { get; }

    public bool[] PreSpikes { get; }

    public bool[] PostSpikes { get; }

    public BitSpikes PreBits { get; }

    public BitSpikes PostBits { get; }

    /// <summary>The operand of <c>W @ M</c>: shape (NumPost, batch).</summary>
    public T[,] RightMatrix { get; }

    /// <summary>The operand of <c>M @ W</c>: shape (batch, NumPre).</summary>
    public T[,] LeftMatrix { get; }

    public bool[,] RightSpikes { get; }

    public bool[,] LeftSpikes { get; }

    /// <summary>
    /// A matrix of the named class with weights in [-5, 5] (some exactly -0.5 or 0, to hit the transforms'
    /// edges), or one homogeneous weight; <paramref name="special"/> puts a NaN and an infinity among them.
    /// </summary>
    public static Problem<T> Create(string matrix, int numPre, int numPost, int nConn, bool homogeneous, bool special, int seed, int batch)
    {
        var random = new Random(seed);
        bool post = matrix == "FixedPostNumConn";
        int rows = post ? numPre : numPost;
        int bound = post ? numPost : numPre;
        var indices = new int[rows, nConn];
        var data = new T[rows, nConn];
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < nConn; k++)
            {
                indices[r, k] = random.Next(bound);
                double u = random.NextDouble();
                data[r, k] = T.CreateTruncating(u < 0.02 ? -0.5 : u < 0.04 ? 0.0 : (random.NextDouble() * 10) - 5);
            }
        }

        if (special && rows > 0)
        {
            data[random.Next(rows), random.Next(nConn)] = T.NaN;
            data[random.Next(rows), random.Next(nConn)] = T.PositiveInfinity;
        }

        T weight = T.CreateTruncating(0.75);
        FixedNumConn<T> w = (post, homogeneous) switch
        {
            (true, true) => new FixedPostNumConn<T>(weight, indices, (numPre, numPost)),
            (true, false) => new FixedPostNumConn<T>(data, indices, (numPre, numPost)),
            (false, true) => new FixedPreNumConn<T>(weight, indices, (numPre, numPost)),
            (false, false) => new FixedPreNumConn<T>(data, indices, (numPre, numPost)),
        };
        return new Problem<T>(w, random, batch);
    }

    private static T[] Values(Random random, int length, double low, double high) =>
        Enumerable.Range(0, length).Select(_ => T.CreateTruncating(low + (random.NextDouble() * (high - low)))).ToArray();

    private static bool[] Spikes(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.3).ToArray();

    private static T[,] Matrix(Random random, int rows, int cols)
    {
        var m = new T[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                m[i, j] = T.CreateTruncating((random.NextDouble() * 2) - 1);
            }
        }

        return m;
    }

    private static bool[,] SpikeMatrix(Random random, int rows, int cols)
    {
        var m = new bool[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                m[i, j] = random.NextDouble() < 0.3;
            }
        }

        return m;
    }
}
