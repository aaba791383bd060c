using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.MatrixApi;

/// <summary>The row indexer and SliceRows against rows of the dense reference.</summary>
public class RowAccessTests
{
    public static TheoryData<ConnCase> Cases => ConnCase.StandardData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_row_is_the_dense_row_and_negative_rows_count_from_the_end(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var (dense, abs) = (c.Dense(), c.AbsDense());
            for (int row = 0; row < c.NumPre; row++)
            {
                var actual = w[row];
                Approx.Equal<T>(Row(dense, row), Row(abs, row), c.NConn, actual, $"{c} row {row}");
                Assert.Equal(actual, w[row - c.NumPre]);
            }
        }
    }

    [Fact]
    public void Rows_outside_the_matrix_throw_IndexOutOfRangeException()
    {
        var post = new FixedPostNumConn<float>(1f, new int[,] { { 0 }, { 1 }, { 1 } }, (3, 2));
        var pre = post.Transpose();
        Assert.Throws<IndexOutOfRangeException>(() => post[3]);
        Assert.Throws<IndexOutOfRangeException>(() => post[-4]);
        var error = Assert.Throws<IndexOutOfRangeException>(() => pre[2]);
        Assert.Contains("[-2, 2)", error.Message);
        Assert.Contains("got 2", error.Message);
        Assert.Throws<IndexOutOfRangeException>(() => pre[-3]);
    }

    [Fact]
    public void A_row_of_a_FixedPre_matrix_adds_duplicates_from_every_stored_row()
    {
        // W[1, 0] = 2 + 3 (stored row 0 names pre 1 twice), W[1, 2] = 7.
        var w = new FixedPreNumConn<double>(new double[,] { { 2, 3 }, { 5, 1 }, { 7, 11 } }, new int[,] { { 1, 1 }, { 0, 0 }, { 1, 0 } }, (2, 3));
        Assert.Equal(new[] { 5.0, 0, 7 }, w[1]);
        Assert.Equal(new[] { 0.0, 6, 11 }, w[-2]);
    }

    [Fact]
    public void A_lazy_matrix_gives_rows_of_its_computed_values()
    {
        var w = new FixedPreNumConn<float>(new float[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 0, 1 }, { 1, 1 } }, (2, 2));
        var lazy = (w * 2f) + 1f;
        Assert.Equal(new float[] { 3, 0 }, lazy[0]);
        Assert.Equal(new float[] { 5, 16 }, lazy[1]);
    }

    public static TheoryData<ConnCase> FixedPostCases => new(ConnCase.Standard().Where(c => c.Kind == FixedNumConnKind.FixedPost));

    [Theory]
    [MemberData(nameof(FixedPostCases))]
    public void SliceRows_takes_the_listed_rows_in_order_with_repeats_and_negatives(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = (FixedPostNumConn<T>)c.Build<T>();
            var random = new Random(c.Seed + 5);
            var rows = Enumerable.Range(0, 2 * c.NumPre + 1).Select(_ => random.Next(-c.NumPre, c.NumPre)).Append(0).Append(0).ToArray();
            var slice = w.SliceRows(rows);

            Assert.Equal((rows.Length, c.NumPost), slice.Shape);
            Assert.Equal(c.NConn, slice.NConn);
            Assert.Equal(w.IsHomogeneous, slice.IsHomogeneous);
            Assert.False(slice.IsLazy);
            var (dense, abs) = (c.Dense(), c.AbsDense());
            for (int i = 0; i < rows.Length; i++)
            {
                int source = rows[i] < 0 ? rows[i] + c.NumPre : rows[i];
                Approx.Equal<T>(Row(dense, source), Row(abs, source), c.NConn, slice[i], $"{c} slice row {i} (row {rows[i]})");
            }
        }
    }

    [Fact]
    public void SliceRows_of_a_lazy_matrix_holds_the_computed_values()
    {
        var w = new FixedPostNumConn<double>(new double[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 0, 1 }, { 1, 1 } }, (2, 2));
        var slice = (w * 10.0).SliceRows([-1, 0, -1]);
        Assert.Equal(new double[,] { { 0, 70 }, { 10, 20 }, { 0, 70 } }, slice.ToDense());
        Assert.Equal(new double[] { 30, 40, 10, 20, 30, 40 }, slice.Data.ToArray());
    }

    [Fact]
    public void SliceRows_rejects_rows_outside_the_matrix_and_an_empty_list()
    {
        var w = new FixedPostNumConn<float>(1f, new int[,] { { 0 }, { 1 }, { 1 } }, (3, 2));
        var high = Assert.Throws<ArgumentOutOfRangeException>(() => w.SliceRows([0, 3]));
        Assert.Equal("rows", high.ParamName);
        Assert.Contains("rows[1] must lie in [-3, 3)", high.Message);
        Assert.Contains("got 3", high.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => w.SliceRows([-4]));
        var empty = Assert.Throws<ArgumentException>(() => w.SliceRows([]));
        Assert.Equal("rows", empty.ParamName);
    }

    private static double[,] Row(double[,] dense, int row)
    {
        var result = new double[1, dense.GetLength(1)];
        for (int j = 0; j < dense.GetLength(1); j++)
        {
            result[0, j] = dense[row, j];
        }

        return result;
    }
}
