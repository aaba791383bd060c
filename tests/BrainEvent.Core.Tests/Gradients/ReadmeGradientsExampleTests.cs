namespace BrainEvent.Tests.GradientRules;

/// <summary>The README's Gradients example, with the values its comments promise.</summary>
public class ReadmeGradientsExampleTests
{
    [Fact]
    public void Gradients_example_gives_the_documented_values()
    {
        var w = new FixedPostNumConn<double>(new double[,] { { 1, 2 }, { 1, 2 } }, new[,] { { 0, 2 }, { 1, 1 } }, shape: (2, 3));
        Assert.Equal(new double[,] { { 1, 0, 2 }, { 0, 3, 0 } }, w.ToDense());
        double[] v = { 1, 2, 3 }, ct = { 1, 10 };
        var (dW, dV) = Gradients.MatVecVjp(w, v, ct);
        Assert.Equal(new double[] { 1, 3, 20, 20 }, dW);
        Assert.Equal(new double[] { 1, 30, 2 }, dV);
        Assert.Equal(new double[] { 1, 0 }, Gradients.MatVecJvp(w, v, dWeights: new double[] { 1, 0, 0, 0 }, dV: null));
        var (dWs, dSpikes) = Gradients.VecMatVjp(w, new[] { true, false }, new double[] { 1, 1, 1 });
        Assert.Equal(new double[] { 1, 1, 0, 0 }, dWs);
        Assert.Equal(new double[] { 3, 3 }, dSpikes);
    }
}
