using BrainEvent.Tests.Support;

namespace BrainEvent.Tests;

/// <summary>The column mirror: eager with MaintainDualLayout, lazy otherwise, shared by derived matrices.</summary>
public class DualLayoutTests
{
    [Fact]
    public void Mirror_lists_each_columns_slots_in_row_major_order()
    {
        // indices: row 0 -> 2, 0, 2; row 1 -> 0, 1, 0
        var w = new FixedPostNumConn<float>(1f, new int[,] { { 2, 0, 2 }, { 0, 1, 0 } }, (2, 4), new ConnOptions(MaintainDualLayout: true));
        var buffers = w.Buffers;
        Assert.Equal(new[] { 0, 3, 4, 6, 6 }, ((ReadOnlyMemory<int>)buffers["indptr"]).ToArray());
        Assert.Equal(new[] { 1, 3, 5, 4, 0, 2 }, ((ReadOnlyMemory<int>)buffers["perm"]).ToArray());
        Assert.Equal(new[] { 0, 1, 1, 1, 0, 0 }, ((ReadOnlyMemory<int>)buffers["row_of_slot"]).ToArray());
    }

    [Fact]
    public void Mirror_is_built_lazily_and_shared_with_derived_matrices()
    {
        var c = new ConnCase(FixedNumConnKind.FixedPost, 30, 20, 9, false, false, 77);
        var w = (FixedPostNumConn<double>)c.Build<double>();
        Assert.Empty(w.Buffers);
        var renewed = w.WithData(new double[w.Nse]);
        var transposed = w.Transpose();
        var chained = w * 2.0;

        var mirror = w.ColumnMirror;
        foreach (var derived in new FixedNumConn<double>[] { w, renewed, transposed, chained })
        {
            Assert.Same(mirror, derived.ColumnMirror);
            Assert.True(((ReadOnlyMemory<int>)derived.Buffers["perm"]).Equals((ReadOnlyMemory<int>)mirror.PermArray));
        }
    }

    [Theory]
    [InlineData(ConnLayout.Column, 0, "PrimaryLayout")]
    [InlineData(ConnLayout.Row, 2, "BitpackPackAxis")]
    [InlineData(ConnLayout.Row, -1, "BitpackPackAxis")]
    public void Unsupported_options_are_rejected(ConnLayout layout, int axis, string named)
    {
        var options = new ConnOptions(PrimaryLayout: layout, BitpackPackAxis: axis);
        var error = Assert.Throws<ArgumentException>(() => new FixedPostNumConn<float>(1f, new int[,] { { 0 } }, (1, 1), options));
        Assert.Equal("options", error.ParamName);
        Assert.Contains(named, error.Message);
    }
}
