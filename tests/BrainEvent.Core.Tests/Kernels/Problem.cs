using System.Numerics;

namespace BrainEvent.Tests.Kernels;

/// <summary>
/// A random kernel test case. Indices are drawn with replacement, so small bounds give many duplicates;
/// with <see cref="Specials"/> about one value in 50 is NaN or an infinity.
/// </summary>
public sealed record Problem(FixedNumConnKind Kind, int Rows, int Bound, int NConn, bool Homogeneous, bool Specials, double Rate, int Seed)
{
    public (int, int) Shape => Kind == FixedNumConnKind.FixedPost ? (Rows, Bound) : (Bound, Rows);

    public FixedNumConn<T> Build<T>()
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(Seed);
        var indices = new int[Rows * NConn];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = random.Next(Bound);
        }

        var data = Values<T>(Homogeneous ? 1 : indices.Length, random);
        return Kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<T>(data, indices, NConn, Shape)
            : new FixedPreNumConn<T>(data, indices, NConn, Shape);
    }

    public T[] Vector<T>(int length, int stream)
        where T : unmanaged, IFloatingPointIeee754<T> => Values<T>(length, new Random(Seed + stream));

    public bool[] Spikes(int length, int stream)
    {
        var random = new Random(Seed + stream);
        return Enumerable.Range(0, length).Select(_ => random.NextDouble() < Rate).ToArray();
    }

    private T[] Values<T>(int length, Random random)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            int special = Specials ? random.Next(50) : 99;
            values[i] = special switch
            {
                0 => T.NaN,
                1 => T.PositiveInfinity,
                2 => T.NegativeInfinity,
                _ => T.CreateChecked(random.NextDouble() * 2 - 1),
            };
        }

        return values;
    }

    public override string ToString() =>
        $"{Kind} rows={Rows} bound={Bound} nConn={NConn} {(Homogeneous ? "homo" : "hetero")}{(Specials ? " specials" : string.Empty)} rate={Rate} seed={Seed}";
}
