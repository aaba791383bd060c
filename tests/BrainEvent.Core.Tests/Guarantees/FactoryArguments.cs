using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>Arguments of <c>FromDense(dense, nConn)</c>.</summary>
internal sealed record DenseArguments(FixedNumConnKind Kind, double[,]? Dense, int? NConn)
{
    public override string ToString() => $"{Kind} nConn={NConn?.ToString() ?? "null"} dense={Arrays.Show(Dense)}";
}

/// <summary>How a random matrix gets its weights: one homogeneous value, or a <see cref="WeightInit"/> factory with two numbers.</summary>
internal enum WeightChoice
{
    Homogeneous,
    Constant,
    Uniform,
    Normal,
    Null,
}

/// <summary>Arguments of both <c>Random</c> builders and of the <see cref="WeightInit"/> factories they take.</summary>
internal sealed record RandomArguments(
    FixedNumConnKind Kind, int NumPre, int NumPost, int NConn, WeightChoice Weight, double A, double B, ulong Seed,
    bool AllowSelfConnections, bool WithReplacement, ConnOptions? Options)
{
    public override string ToString() =>
        $"{Kind} Random({NumPre}, {NumPost}, {NConn}, {Weight}({A}, {B}), seed {Seed}, self {AllowSelfConnections}, replacement {WithReplacement}, options {Options})";
}

/// <summary>Generators for the factories: dense matrices with regular and irregular rows, and random builders with bad numbers.</summary>
internal static class FactoryArguments
{
    /// <summary>A double that is mostly ordinary, sometimes NaN, infinite, huge or zero.</summary>
    public static readonly Gen<double> Number = Gen.Frequency(
        (6, Gen.Double[-3, 3]),
        (1, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, 0.0)));

    public static readonly Gen<DenseArguments> ForDense =
        from kind in Gen.Enum<FixedNumConnKind>()
        from rows in Gen.Frequency((8, Gen.Int[1, 5]), (1, Gen.Const(0)))
        from cols in Gen.Frequency((8, Gen.Int[1, 5]), (1, Gen.Const(0)))
        from regular in Gen.Bool
        from perRow in Gen.Int[0, 5]
        from values in ConstructorArguments.Value.Array[rows * cols]
        from nConn in Gen.Frequency(
            (3, Gen.Const<int?>(() => null)),
            (4, Gen.Int[0, 5].Select(n => (int?)n)),
            (1, Gen.OneOf(-1, int.MinValue, int.MaxValue).Select(n => (int?)n)))
        from isNull in Gen.Frequency((30, Gen.Const(false)), (1, Gen.Const(true)))
        select new DenseArguments(kind, isNull ? null : DenseOf(kind, rows, cols, values, regular ? perRow : -1), nConn);

    public static readonly Gen<RandomArguments> ForRandom =
        from kind in Gen.Enum<FixedNumConnKind>()
        from numPre in ConstructorArguments.Dim
        from numPost in ConstructorArguments.Dim
        from nConn in Gen.Frequency((8, Gen.Int[0, 6]), (1, Gen.OneOf(-1, int.MinValue, int.MaxValue)))
        from weight in Gen.Enum<WeightChoice>()
        from a in Number
        from b in Number
        from seed in Gen.ULong
        from allowSelf in Gen.Bool
        from withReplacement in Gen.Bool
        from options in ConstructorArguments.Options
        select new RandomArguments(kind, numPre, numPost, nConn, weight, a, b, seed, allowSelf, withReplacement, options);

    /// <summary>
    /// A dense matrix from the values; with <paramref name="perRow"/> &gt;= 0 every stored row gets exactly that
    /// many non-zeros (at consecutive positions, wrapping), as <c>FromDense</c> without nConn requires.
    /// </summary>
    private static double[,] DenseOf(FixedNumConnKind kind, int rows, int cols, double[] values, int perRow)
    {
        var dense = Arrays.To2D(values, rows, cols);
        if (perRow < 0)
        {
            return dense;
        }

        bool post = kind == FixedNumConnKind.FixedPost;
        int stored = post ? rows : cols;
        int bound = post ? cols : rows;
        for (int r = 0; r < stored; r++)
        {
            for (int j = 0; j < bound; j++)
            {
                int offset = ((j - r) % bound + bound) % bound;
                double v = values[(r * bound) + j];
                double value = offset >= perRow ? 0 : v == 0 ? 1 : v;
                if (post)
                {
                    dense[r, j] = value;
                }
                else
                {
                    dense[j, r] = value;
                }
            }
        }

        return dense;
    }
}
