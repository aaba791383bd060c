namespace BrainEvent.Tests;

/// <summary><c>DataInMirrorOrder</c> is the values read through the column mirror's <c>perm</c>, kept with the values.</summary>
public sealed class DataInMirrorOrderTests
{
    private static readonly int[,] Indices = { { 2, 0, 2 }, { 1, 2, 0 } };

    [Fact]
    public void Position_p_holds_the_value_of_slot_perm_p()
    {
        var w = new FixedPostNumConn<double>(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, Indices, (2, 3));

        var ordered = w.DataInMirrorOrder.ToArray();

        var data = w.Data.Span;
        var perm = w.ColumnMirror.Perm;
        Assert.Equal(perm.Length, ordered.Length);
        for (int p = 0; p < ordered.Length; p++)
        {
            Assert.Equal(data[perm[p]], ordered[p]);
        }

        Assert.Equal([2.0, 6.0, 4.0, 1.0, 3.0, 5.0], ordered);
    }

    [Fact]
    public void It_is_built_once_per_stored_values()
    {
        var w = new FixedPreNumConn<float>(new float[,] { { 1, 2, 3 }, { 4, 5, 6 } }, Indices, (3, 2));

        Assert.True(w.DataInMirrorOrder.Equals(w.DataInMirrorOrder));
    }

    [Fact]
    public void A_homogeneous_matrix_has_its_one_value()
    {
        var w = new FixedPostNumConn<float>(0.5f, Indices, (2, 3));

        Assert.Equal([0.5f], w.DataInMirrorOrder.ToArray());
    }

    [Fact]
    public void A_lazy_matrix_orders_its_computed_values()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1, 2, 3 }, { 4, 5, 6 } }, Indices, (2, 3)) * 10f;

        Assert.Equal([20f, 60f, 40f, 10f, 30f, 50f], w.DataInMirrorOrder.ToArray());
    }
}
