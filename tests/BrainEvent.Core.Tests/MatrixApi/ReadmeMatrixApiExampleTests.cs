namespace BrainEvent.Tests.MatrixApi;

/// <summary>The README's "Other matrix operations" example, with the values its comments promise.</summary>
public class ReadmeMatrixApiExampleTests
{
    [Fact]
    public void Other_operations_example_gives_the_documented_values()
    {
        var w = new FixedPreNumConn<float>(new float[,] { { 1, 2 }, { 3, 4 } }, new[,] { { 0, 2 }, { 1, 1 } }, shape: (3, 2));
        Assert.Equal(new float[,] { { 1, 0 }, { 0, 7 }, { 2, 0 } }, w.ToDense());
        Assert.Equal(new float[] { 0, 7 }, w[-2]);
        Assert.Equal(new float[,] { { 1, 200 }, { 30, 40 } }, w.Dt2t(new float[] { 1, 10, 100 }));
        Assert.Equal(new float[,] { { 1, 2 }, { 30, 40 } }, w.Dt2tTransposed(new float[] { 1, 10 }));
        var csr = w.ToCsr();
        Assert.Equal(new[] { 0, 1, 3, 4 }, csr.Indptr);
        Assert.Equal(new[] { 0, 1, 1, 0 }, csr.ColumnIndices);
        Assert.Equal(new float[] { 1, 3, 4, 2 }, csr.Data);
        Assert.Equal(w.ToDense(), csr.ToDense());
        var rows = w.Transpose().SliceRows(new[] { 1, 0, -1 });
        Assert.Equal(new float[,] { { 0, 7, 0 }, { 1, 0, 2 }, { 0, 7, 0 } }, rows.ToDense());
    }
}
