using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.MatrixApi;

/// <summary>
/// Dt2t scales each weight by its pre-synaptic neuron's value and Dt2tTransposed by its post-synaptic
/// neuron's: as new values of the same structure, they are <c>diag(y) W</c> and <c>W diag(y)</c>.
/// </summary>
public class Dt2tTests
{
    public static TheoryData<ConnCase> Cases => ConnCase.StandardData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dt2t_scales_the_rows_of_W(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var y = RandomData.Vector(c.NumPre, c.Seed + 3);
            var actual = c.Build<T>().Dt2t(RandomData.As<T>(y));
            AssertSlots(c, actual, (pre, post) => y[pre]);
            AssertDense(c, actual, (pre, post) => y[pre], "diag(y) W");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dt2tTransposed_scales_the_columns_of_W(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var y = RandomData.Vector(c.NumPost, c.Seed + 4);
            var actual = c.Build<T>().Dt2tTransposed(RandomData.As<T>(y));
            AssertSlots(c, actual, (pre, post) => y[post]);
            AssertDense(c, actual, (pre, post) => y[post], "W diag(y)");
        }
    }

    [Fact]
    public void Storage_roles_swap_between_the_classes()
    {
        var post = new FixedPostNumConn<double>(new double[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 0, 2 }, { 1, 1 } }, (2, 3));
        Assert.Equal(new double[,] { { 10, 20 }, { 300, 400 } }, post.Dt2t([10, 100]));
        Assert.Equal(new double[,] { { 1, 2000 }, { 300, 400 } }, post.Dt2tTransposed([1, 100, 1000]));

        var pre = new FixedPreNumConn<double>(new double[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 0, 2 }, { 1, 1 } }, (3, 2));
        Assert.Equal(new double[,] { { 1, 2000 }, { 300, 400 } }, pre.Dt2t([1, 100, 1000]));
        Assert.Equal(new double[,] { { 10, 20 }, { 300, 400 } }, pre.Dt2tTransposed([10, 100]));
    }

    [Fact]
    public void A_homogeneous_matrix_uses_its_one_weight_and_lengths_are_checked()
    {
        var w = new FixedPreNumConn<float>(0.5f, new int[,] { { 1, 0 } }, (2, 1));
        Assert.Equal(new float[,] { { 2, 1 } }, w.Dt2t([2, 4]));
        Assert.Equal(new float[,] { { 3, 3 } }, w.Dt2tTransposed([6]));

        var error = Assert.Throws<ArgumentException>(() => w.Dt2t([1]));
        Assert.Equal("y", error.ParamName);
        Assert.Contains("length 2", error.Message);
        Assert.Contains("got 1", error.Message);
        Assert.Throws<ArgumentException>(() => w.Dt2tTransposed([1, 2]));
    }

    /// <summary>Slot by slot: the stored weight times the factor of the slot's (pre, post) position.</summary>
    private static void AssertSlots<T>(ConnCase c, T[,] actual, Func<int, int, double> factor)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(c.StorageRows, actual.GetLength(0));
        Assert.Equal(c.NConn, actual.GetLength(1));
        var values = c.Values();
        var indices = c.IndicesFlat();
        var expected = new double[c.StorageRows, c.NConn];
        var scale = new double[c.StorageRows, c.NConn];
        for (int slot = 0; slot < c.Nse; slot++)
        {
            int r = slot / c.NConn;
            var (pre, post) = c.Kind == FixedNumConnKind.FixedPost ? (r, indices[slot]) : (indices[slot], r);
            double weight = c.Homogeneous ? values[0] : values[slot];
            expected[r, slot % c.NConn] = weight * factor(pre, post);
            scale[r, slot % c.NConn] = Math.Abs(expected[r, slot % c.NConn]);
        }

        Approx.Equal(expected, scale, 1, actual, $"{c} slots");
    }

    /// <summary>The result as values of the same structure gives the dense matrix scaled entry by entry.</summary>
    private static void AssertDense<T>(ConnCase c, T[,] actual, Func<int, int, double> factor, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var dense = c.Dense();
        var abs = c.AbsDense();
        for (int i = 0; i < c.NumPre; i++)
        {
            for (int j = 0; j < c.NumPost; j++)
            {
                dense[i, j] *= factor(i, j);
                abs[i, j] *= Math.Abs(factor(i, j));
            }
        }

        var asValues = new ConnCase(c.Kind, c.NumPre, c.NumPost, c.NConn, Homogeneous: false, c.DuplicateHeavy, c.Seed);
        var matrix = asValues.Build<T>();
        var scaled = c.Kind == FixedNumConnKind.FixedPost
            ? ((FixedPostNumConn<T>)matrix).WithData(Approx.Flat(actual).ToArray()).ToDense()
            : ((FixedPreNumConn<T>)matrix).WithData(Approx.Flat(actual).ToArray()).ToDense();
        Approx.Equal(dense, abs, c.NConn + 1, scaled, $"{c} {what}");
    }
}
