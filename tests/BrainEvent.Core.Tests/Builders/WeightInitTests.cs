namespace BrainEvent.Tests.Builders;

public class WeightInitTests
{
    private const int Rows = 1000;
    private const int NConn = 100;

    [Fact]
    public void Normal_weights_have_the_requested_mean_and_std()
    {
        var w = FixedPostNumConn<double>.Random(Rows, 500, NConn, WeightInit.Normal(2, 0.5), seed: 8);
        var (mean, std) = Moments(w.Data.ToArray());

        // 100,000 samples: standard error 0.5 / 316 = 0.0016 for the mean and 0.5 / 447 = 0.0011 for the std; allow 5.
        Assert.InRange(mean, 2 - 0.008, 2 + 0.008);
        Assert.InRange(std, 0.5 - 0.0056, 0.5 + 0.0056);
    }

    [Fact]
    public void Uniform_weights_stay_in_range_with_the_uniform_moments()
    {
        var w = FixedPreNumConn<float>.Random(500, Rows, NConn, WeightInit.Uniform(-1, 3), seed: 9);
        var values = w.Data.ToArray();
        Assert.All(values, v => Assert.InRange(v, -1f, 3f));
        Assert.DoesNotContain(3f, values);
        var (mean, std) = Moments(values.Select(v => (double)v).ToArray());

        // Uniform(-1, 3): mean 1, std 4 / sqrt(12) = 1.1547; standard errors 0.0037 and 0.0026, allow 5.
        Assert.InRange(mean, 1 - 0.018, 1 + 0.018);
        Assert.InRange(std, 1.1547 - 0.013, 1.1547 + 0.013);
    }

    [Fact]
    public void Constant_weights_are_stored_per_connection()
    {
        var w = FixedPostNumConn<float>.Random(4, 9, 3, WeightInit.Constant(0.25), seed: 1);
        Assert.False(w.IsHomogeneous);
        Assert.Equal(Enumerable.Repeat(0.25f, 12), w.Data.ToArray());
    }

    [Fact]
    public void Bad_parameters_name_the_argument()
    {
        var uniform = Assert.Throws<ArgumentException>(() => WeightInit.Uniform(2, 2));
        Assert.Equal("high", uniform.ParamName);
        Assert.Contains("low = 2, high = 2", uniform.Message);
        Assert.Equal("low", Assert.Throws<ArgumentException>(() => WeightInit.Uniform(double.NaN, 1)).ParamName);
        Assert.Equal("std", Assert.Throws<ArgumentException>(() => WeightInit.Normal(0, -1)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentException>(() => WeightInit.Normal(double.PositiveInfinity, 1)).ParamName);
        Assert.Equal("Normal(0, 1.5)", WeightInit.Normal(0, 1.5).ToString());
    }

    private static (double Mean, double Std) Moments(double[] values)
    {
        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        return (mean, Math.Sqrt(variance));
    }
}
