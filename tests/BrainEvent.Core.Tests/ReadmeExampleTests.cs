namespace BrainEvent.Tests;

/// <summary>The README's quick-start example, with the values its comments promise.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Quick_start_gives_the_documented_values()
    {
        var w = new FixedPostNumConn<float>(0.5f, new[,] { { 0, 2 }, { 1, 3 }, { 3, 3 } }, shape: (3, 4));

        bool[] spikes = { true, false, true };
        Assert.Equal(new[] { 0.5f, 0, 0.5f, 1 }, w.VecMat(spikes));

        var scaled = (w * 2f).Apply(x => MathF.Min(x, 0.8f));
        Assert.Equal(new[] { 3.2f, 4.8f, 6.4f }, scaled.MatVec(new float[] { 1, 2, 3, 4 }), (a, b) => Math.Abs(a - b) < 1e-6f);

        var lazy = (w * 2f) + 1f;
        var (children, aux) = lazy.TreeFlatten();
        Assert.Equal(4, children.Count);
        var copy = FixedPostNumConn<float>.TreeUnflatten(aux, children);
        Assert.Equal(aux, copy.TreeFlatten().Aux);
        Assert.Equal(lazy.Data.ToArray(), copy.Data.ToArray());
    }
}
