using BrainEvent.Tests.Support;

namespace BrainEvent.Tests;

/// <summary>FromDense: non-zeros in ascending order per stored row, padding, and the errors.</summary>
public class FromDenseTests
{
    private static readonly double[,] Uniform = { { 0, 1, 0, 2 }, { 3, 0, 4, 0 }, { 0, 5, 6, 0 } };

    [Fact]
    public void FixedPost_takes_each_rows_non_zeros()
    {
        var w = FixedPostNumConn<double>.FromDense(Uniform);
        Assert.Equal(2, w.NConn);
        Assert.Equal(new[] { 1, 3, 0, 2, 1, 2 }, w.Indices.ToArray());
        Assert.Equal(new[] { 1.0, 2, 3, 4, 5, 6 }, w.Data.ToArray());
        Assert.Equal(Uniform, w.ToDense());
    }

    [Fact]
    public void FixedPre_takes_each_columns_non_zeros()
    {
        var dense = new float[,] { { 1, 0 }, { 0, 2 }, { 3, 4 } };
        var w = FixedPreNumConn<float>.FromDense(dense);
        Assert.Equal(2, w.NConn);
        Assert.Equal(new[] { 0, 2, 1, 2 }, w.Indices.ToArray());
        Assert.Equal(new[] { 1f, 3, 2, 4 }, w.Data.ToArray());
        Assert.Equal(dense, w.ToDense());
    }

    [Fact]
    public void Short_rows_are_padded_with_zero_weights_at_index_zero()
    {
        var dense = new double[,] { { 0, 7, 0 }, { 1, 2, 3 } };
        var w = FixedPostNumConn<double>.FromDense(dense, nConn: 4);
        Assert.Equal(new[] { 1, 0, 0, 0, 0, 1, 2, 0 }, w.Indices.ToArray());
        Assert.Equal(new[] { 7.0, 0, 0, 0, 1, 2, 3, 0 }, w.Data.ToArray());
        Assert.Equal(dense, w.ToDense());
    }

    [Theory]
    [MemberData(nameof(RoundTripCases))]
    public void Round_trips_through_ToDense(ConnCase c)
    {
        var dense = c.Build<double>().ToDense();
        var post = FixedPostNumConn<double>.FromDense(dense, c.NumPost);
        var pre = FixedPreNumConn<double>.FromDense(dense, c.NumPre);
        Assert.Equal(dense, post.ToDense());
        Assert.Equal(dense, pre.ToDense());
    }

    public static TheoryData<ConnCase> RoundTripCases => new(ConnCase.Standard().Where(c => c.Nse < 500));

    [Fact]
    public void Rows_with_different_counts_need_nConn()
    {
        var dense = new double[,] { { 1, 0 }, { 1, 1 } };
        var error = Assert.Throws<ArgumentException>(() => FixedPostNumConn<double>.FromDense(dense));
        Assert.Equal("dense", error.ParamName);
        Assert.Contains("row 0 has 1, row 1 has 2", error.Message);
    }

    [Fact]
    public void Rows_longer_than_nConn_are_rejected()
    {
        var dense = new double[,] { { 1, 1, 1 }, { 1, 0, 0 } };
        var error = Assert.Throws<ArgumentException>(() => FixedPreNumConn<double>.FromDense(dense, nConn: 1));
        Assert.Contains("column 0 of dense has 2 non-zeros, more than nConn = 1", error.Message);
    }
}
