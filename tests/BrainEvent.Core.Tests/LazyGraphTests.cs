namespace BrainEvent.Tests;

/// <summary>Element-wise chains are graphs, not arrays, until something needs their values.</summary>
public class LazyGraphTests
{
    private const int Rows = 20_000;
    private const int NConn = 50;

    [Fact]
    public void Building_a_chain_allocates_no_value_array()
    {
        var w = Matrix();
        _ = ((w * 2f) + 1f).Apply(x => x * x); // warm up the lambda machinery once

        long before = GC.GetAllocatedBytesForCurrentThread();
        var chain = ((w * 2f) + 1f).Apply(x => x * x);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(chain.IsLazy);
        Assert.True(allocated < w.Nse * sizeof(float) / 10, $"building the chain allocated {allocated} bytes for {w.Nse} values");

        var values = chain.Data.Span;
        var source = w.Data.Span;
        for (int i = 0; i < w.Nse; i++)
        {
            float expected = (source[i] * 2f + 1f) * (source[i] * 2f + 1f);
            Assert.Equal(expected, values[i]);
        }
    }

    [Fact]
    public void Captured_variables_are_read_at_evaluation()
    {
        var w = new FixedPostNumConn<double>(new double[,] { { 1, 2 } }, new int[,] { { 0, 1 } }, (1, 2));
        double gain = 2;
        var scaled = w.Apply(x => x * gain);
        Assert.Equal(new[] { 2.0, 4.0 }, scaled.Data.ToArray());
        gain = 10;
        Assert.Equal(new[] { 10.0, 20.0 }, scaled.Data.ToArray());
        var kept = scaled.Evaluate();
        gain = 0;
        Assert.False(kept.IsLazy);
        Assert.Equal(new[] { 10.0, 20.0 }, kept.Data.ToArray());
        Assert.Equal(new[] { 0.0 }, scaled.MatVec(new[] { 1.0, 1.0 }));
    }

    [Fact]
    public void Products_of_a_chain_equal_products_of_its_evaluation()
    {
        var w = Matrix();
        float cap = 1.2f;
        var chain = (w * 1.5f + 0.25f).Apply(x => MathF.Min(x, cap)).Abs();
        var evaluated = chain.Evaluate();
        var spikes = Enumerable.Range(0, Rows).Select(i => i % 7 == 0).ToArray();
        Assert.Equal(evaluated.VecMat(spikes), chain.VecMat(spikes));
        var v = Enumerable.Range(0, Rows).Select(i => (float)Math.Sin(i)).ToArray();
        Assert.Equal(evaluated.MatVec(v), chain.MatVec(v));
    }

    [Fact]
    public void Chains_that_differ_only_in_constants_have_equal_structure()
    {
        var w = Matrix();
        float a = 1, b = 2;
        var first = (w * 2f).Apply(x => MathF.Max(x, a) + 0.5f).TreeFlatten().Aux;
        var second = (w * 3f).Apply(x => MathF.Max(x, b) + 7f).TreeFlatten().Aux;
        var other = (w * 3f).Apply(x => MathF.Min(x, b) + 7f).TreeFlatten().Aux;
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    private static FixedPostNumConn<float> Matrix()
    {
        var random = new Random(5);
        var data = new float[Rows * NConn];
        var indices = new int[Rows * NConn];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (float)(random.NextDouble() * 2 - 1);
            indices[i] = random.Next(Rows);
        }

        return new FixedPostNumConn<float>(data, indices, NConn, (Rows, Rows));
    }
}
