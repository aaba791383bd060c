using System.Numerics;
using System.Reflection;
using BrainEvent.Tests.Support;
using static BrainEvent.Tests.Guarantees.ConnReference;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Random arguments for <c>FromDense</c>, both <c>Random</c> builders and the <see cref="WeightInit"/>
/// factories: a valid call gives the matrix the README describes, anything else an
/// <see cref="ArgumentException"/> naming an argument at fault.
/// </summary>
public class FactoryArgumentTests
{
    [Fact]
    public void FromDense_float() => SeededCases.Run(FactoryArguments.ForDense, 3000, 1511, CheckDense<float>);

    [Fact]
    public void FromDense_double() => SeededCases.Run(FactoryArguments.ForDense, 3000, 1512, CheckDense<double>);

    [Fact]
    public void Random_float() => SeededCases.Run(FactoryArguments.ForRandom, 3000, 1513, CheckRandom<float>);

    [Fact]
    public void Random_double() => SeededCases.Run(FactoryArguments.ForRandom, 3000, 1514, CheckRandom<double>);

    private static void CheckDense<T>(DenseArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var dense = a.Dense is null ? null : RandomData.As<T>(a.Dense);
        var before = (T[,]?)dense?.Clone();
        var type = a.Kind == FixedNumConnKind.FixedPost ? typeof(FixedPostNumConn<T>) : typeof(FixedPreNumConn<T>);
        var method = ArgumentOutcome.Method(type, "FromDense", typeof(T[,]), typeof(int?));
        var (blame, expectedIndices, expectedData, width) = ReferenceFromDense(a);
        FixedNumConn<T> Build() => a.Kind == FixedNumConnKind.FixedPost
            ? FixedPostNumConn<T>.FromDense(dense!, a.NConn)
            : FixedPreNumConn<T>.FromDense(dense!, a.NConn);

        if (ArgumentOutcome.Succeeds(method, blame, Build, out var m))
        {
            AssertBuilt(m, a.Kind, (a.Dense!.GetLength(0), a.Dense.GetLength(1)), width, expectedIndices, expectedData);
        }

        Assert.True(Arrays.Unchanged(before, dense), "the caller's dense matrix changed");
    }

    /// <summary>
    /// The README's FromDense: each stored row's non-zeros in ascending index order, short rows padded with
    /// zero weights at index 0; without nConn every row must have as many non-zeros as the first.
    /// </summary>
    private static (HashSet<string> Blame, int[] Indices, double[] Data, int Width) ReferenceFromDense(DenseArguments a)
    {
        var blame = new HashSet<string>();
        if (a.NConn < 0)
        {
            blame.Add("nConn");
        }

        if (a.Dense is null || a.Dense.Length == 0)
        {
            blame.Add("dense");
            return (blame, [], [], 0);
        }

        var shape = (a.Dense.GetLength(0), a.Dense.GetLength(1));
        int rows = StorageRows(a.Kind, shape), bound = IndexBound(a.Kind, shape);
        double At(int r, int j) => a.Kind == FixedNumConnKind.FixedPost ? a.Dense[r, j] : a.Dense[j, r];
        var nonZeros = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, bound).Where(j => At(r, j) != 0).ToArray()).ToArray();
        int width = a.NConn ?? nonZeros[0].Length;
        if (a.NConn is null && nonZeros.Any(row => row.Length != width))
        {
            blame.Add("dense");
        }

        if (a.NConn is >= 0 && nonZeros.Any(row => row.Length > width))
        {
            blame.UnionWith(["dense", "nConn"]);
        }

        if ((long)rows * width > Array.MaxLength)
        {
            blame.Add("nConn");
        }

        if (blame.Count > 0)
        {
            return (blame, [], [], 0);
        }

        var indices = new int[rows * width];
        var data = new double[rows * width];
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < nonZeros[r].Length; k++)
            {
                indices[(r * width) + k] = nonZeros[r][k];
                data[(r * width) + k] = At(r, nonZeros[r][k]);
            }
        }

        return (blame, indices, data, width);
    }

    private static void CheckRandom<T>(RandomArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WeightInit? init = null;
        if (a.Weight is not (WeightChoice.Homogeneous or WeightChoice.Null) && !TryWeightInit(a, out init))
        {
            return;
        }

        var type = a.Kind == FixedNumConnKind.FixedPost ? typeof(FixedPostNumConn<T>) : typeof(FixedPreNumConn<T>);
        var common = new[] { typeof(int), typeof(int), typeof(int) };
        var tail = new[] { typeof(ulong), typeof(bool), typeof(bool), typeof(ConnOptions) };
        T weight = T.CreateTruncating(a.A);
        MethodInfo method;
        Func<FixedNumConn<T>> build;
        if (a.Weight == WeightChoice.Homogeneous)
        {
            method = ArgumentOutcome.Method(type, "Random", [.. common, typeof(T), .. tail]);
            build = () => a.Kind == FixedNumConnKind.FixedPost
                ? FixedPostNumConn<T>.Random(a.NumPre, a.NumPost, a.NConn, weight, a.Seed, a.AllowSelfConnections, a.WithReplacement, a.Options)
                : FixedPreNumConn<T>.Random(a.NumPre, a.NumPost, a.NConn, weight, a.Seed, a.AllowSelfConnections, a.WithReplacement, a.Options);
        }
        else
        {
            method = ArgumentOutcome.Method(type, "Random", [.. common, typeof(WeightInit), .. tail]);
            build = () => a.Kind == FixedNumConnKind.FixedPost
                ? FixedPostNumConn<T>.Random(a.NumPre, a.NumPost, a.NConn, init!, a.Seed, a.AllowSelfConnections, a.WithReplacement, a.Options)
                : FixedPreNumConn<T>.Random(a.NumPre, a.NumPost, a.NConn, init!, a.Seed, a.AllowSelfConnections, a.WithReplacement, a.Options);
        }

        var blame = BlameRandom(a);
        if (a.Weight == WeightChoice.Uniform && !(T.CreateTruncating(a.A) < T.CreateTruncating(a.B)))
        {
            blame.Add("weight");   // an interval with no T below its upper end, e.g. [0, 1e-60) in float
        }

        if (!ArgumentOutcome.Succeeds(method, blame, build, out var m))
        {
            return;
        }

        AssertRandomStructure(m, a);
        var values = m.Data.ToArray();
        switch (a.Weight)
        {
            case WeightChoice.Homogeneous:
                Assert.True(m.IsHomogeneous);
                Assert.Equal(BitsOf(weight), BitsOf(Assert.Single(values)));
                break;
            case WeightChoice.Constant:
                Assert.All(values, w => Assert.Equal(BitsOf(T.CreateTruncating(a.A)), BitsOf(w)));
                break;
            case WeightChoice.Uniform:
                Assert.All(values, w => Assert.True(w >= T.CreateTruncating(a.A) && w < T.CreateTruncating(a.B), $"{w} outside [{a.A}, {a.B})"));
                break;
            default:
                // Draws are computed in double and rounded to T, so a distribution reaching past T's range may round to infinity.
                bool inRange = Math.Abs(a.A) + (40 * a.B) < (typeof(T) == typeof(float) ? float.MaxValue : double.MaxValue);
                Assert.All(values, w => Assert.True(inRange ? T.IsFinite(w) : !T.IsNaN(w), $"normal weight {w}"));
                break;
        }

        // The same arguments give the same matrix.
        var again = build();
        Assert.Equal(m.Indices.ToArray(), again.Indices.ToArray());
        Assert.Equal(values.Select(BitsOf), again.Data.ToArray().Select(BitsOf));
    }

    /// <summary>The factories check their numbers: bounds and parameters must be finite, low below high, std not negative.</summary>
    private static bool TryWeightInit(RandomArguments a, out WeightInit? init)
    {
        var blame = new HashSet<string>();
        MethodInfo method;
        Func<WeightInit> create;
        switch (a.Weight)
        {
            case WeightChoice.Constant:
                method = ArgumentOutcome.Method(typeof(WeightInit), nameof(WeightInit.Constant), typeof(double));
                create = () => WeightInit.Constant(a.A);
                break;
            case WeightChoice.Uniform:
                method = ArgumentOutcome.Method(typeof(WeightInit), nameof(WeightInit.Uniform), typeof(double), typeof(double));
                create = () => WeightInit.Uniform(a.A, a.B);
                if (!double.IsFinite(a.A))
                {
                    blame.Add("low");
                }

                if (!double.IsFinite(a.B))
                {
                    blame.Add("high");
                }

                if (!(a.A < a.B) || !double.IsFinite(a.B - a.A))
                {
                    blame.UnionWith(["low", "high"]);
                }

                break;
            default:
                method = ArgumentOutcome.Method(typeof(WeightInit), nameof(WeightInit.Normal), typeof(double), typeof(double));
                create = () => WeightInit.Normal(a.A, a.B);
                if (!double.IsFinite(a.A))
                {
                    blame.Add("mean");
                }

                if (!double.IsFinite(a.B) || a.B < 0)
                {
                    blame.Add("std");
                }

                break;
        }

        return ArgumentOutcome.Succeeds(method, blame, create, out init);
    }

    private static HashSet<string> BlameRandom(RandomArguments a)
    {
        var blame = new HashSet<string>();
        if (a.Weight == WeightChoice.Null)
        {
            blame.Add("weight");
        }

        if (!OptionsValid(a.Options))
        {
            blame.Add("options");
        }

        if (a.NumPre <= 0)
        {
            blame.Add("numPre");
        }

        if (a.NumPost <= 0)
        {
            blame.Add("numPost");
        }

        if (a.NConn < 0)
        {
            blame.Add("nConn");
        }

        if (a.NumPre <= 0 || a.NumPost <= 0 || a.NConn < 0)
        {
            return blame;
        }

        var shape = (a.NumPre, a.NumPost);
        int rows = StorageRows(a.Kind, shape), bound = IndexBound(a.Kind, shape);
        string[] dims = ["numPre", "numPost"];
        if ((long)rows * a.NConn > Array.MaxLength)
        {
            blame.UnionWith(["nConn", .. dims]);
            return blame;
        }

        // Row 0 always has its diagonal, so it has the fewest candidates.
        int fewest = a.AllowSelfConnections ? bound : bound - 1;
        if ((a.NConn > 0 && fewest == 0) || (!a.WithReplacement && a.NConn > fewest))
        {
            blame.UnionWith(["nConn", "allowSelfConnections", "withReplacement", .. dims]);
        }

        if (!MirrorRequestFits(a.Options, bound))
        {
            blame.UnionWith(["options", .. dims]);
        }

        return blame;
    }

    /// <summary>Every stored row: nConn indices in range, ascending, distinct without replacement, off the diagonal when asked.</summary>
    private static void AssertRandomStructure<T>(FixedNumConn<T> m, RandomArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var shape = (a.NumPre, a.NumPost);
        Assert.Equal(a.Kind, m.Kind);
        Assert.Equal(shape, m.Shape);
        Assert.Equal(a.NConn, m.NConn);
        Assert.Equal((long)StorageRows(a.Kind, shape) * a.NConn, m.Nse);
        int bound = IndexBound(a.Kind, shape);
        var indices = m.Indices.Span;
        for (int slot = 0; slot < indices.Length; slot++)
        {
            int row = slot / a.NConn, k = slot % a.NConn;
            Assert.InRange(indices[slot], 0, bound - 1);
            if (k > 0)
            {
                Assert.True(a.WithReplacement ? indices[slot - 1] <= indices[slot] : indices[slot - 1] < indices[slot], $"row {row} is not sorted{(a.WithReplacement ? string.Empty : " or repeats")} at {k}");
            }

            Assert.False(!a.AllowSelfConnections && indices[slot] == row, $"row {row} connects to itself");
        }
    }

    private static long BitsOf<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? BitConverter.SingleToInt32Bits(float.CreateTruncating(value)) : BitConverter.DoubleToInt64Bits(double.CreateTruncating(value));
}
