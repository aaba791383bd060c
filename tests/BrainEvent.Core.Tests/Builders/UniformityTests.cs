namespace BrainEvent.Tests.Builders;

/// <summary>
/// Chi-square checks that every candidate index is drawn equally often. Each case counts 20,000 draws
/// over 50 indices (400 expected per index); the statistic has 49 degrees of freedom, and 111.1 is its
/// 1 - 1e-6 quantile, so a correct sampler fails with probability one in a million — and never here, since
/// the seed is fixed. A sampler that never draws one index scores at least 400, and one whose counts are
/// off by 10% across half the indices about 200.
/// </summary>
public class UniformityTests
{
    private const double Critical = 111.1;

    [Theory]
    [InlineData(10, false, true)]   // Floyd: 50 candidates > 4 * 10
    [InlineData(20, false, true)]   // partial Fisher-Yates: 50 <= 4 * 20
    [InlineData(10, true, true)]    // with replacement
    [InlineData(10, false, false)]  // no self-connections: rows 0-49 skip their diagonal
    public void Targets_are_uniform(int nConn, bool withReplacement, bool allowSelf)
    {
        int rows = 20_000 / nConn;
        var w = FixedPostNumConn<float>.Random(rows, 50, nConn, 1f, seed: 12345, allowSelf, withReplacement);
        var counts = new long[50];
        foreach (int j in w.Indices.Span)
        {
            counts[j]++;
        }

        // Without self-connections, column j loses row j's draws but gains them spread over the other
        // 49 columns' rows: every column still expects rows * nConn / 50.
        double expected = (double)rows * nConn / 50;
        double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chiSquare < Critical, $"chi-square {chiSquare:F1} >= {Critical} with counts {string.Join(", ", counts)}");
    }

    [Fact]
    public void The_smallest_index_of_a_row_follows_its_order_statistic()
    {
        // The smallest index of each row of 2 from 50 has P(min = j) = (49 - j) / C(50, 2): compare to that.
        var w = FixedPreNumConn<float>.Random(50, 20_000, 2, 1f, seed: 777);
        var counts = new long[50];
        for (int r = 0; r < w.StorageRows; r++)
        {
            counts[w.Indices.Span[r * 2]]++;
        }

        double chiSquare = 0;
        for (int j = 0; j < 49; j++)
        {
            double expected = w.StorageRows * (49.0 - j) / 1225.0;
            chiSquare += (counts[j] - expected) * (counts[j] - expected) / expected;
        }

        // 48 degrees of freedom (index 49 can never be the minimum); the 1 - 1e-6 quantile is 109.7.
        Assert.Equal(0, counts[49]);
        Assert.True(chiSquare < 109.7, $"chi-square {chiSquare:F1}");
    }
}
