namespace BrainEvent.Tests.Builders;

/// <summary>
/// The generator against an independent Python implementation of the published algorithms (SplitMix64
/// seeding, xoshiro256**, Lemire's bounded integers), written from the papers for these tests: the
/// expected numbers below are its output.
/// </summary>
public class Xoshiro256StarStarTests
{
    [Fact]
    public void Streams_match_the_reference_implementation()
    {
        var stream7 = Xoshiro256StarStar.ForStream(42, 7);
        Assert.Equal(8537671313669023132UL, stream7.NextUInt64());
        Assert.Equal(2499017176016834986UL, stream7.NextUInt64());
        Assert.Equal(17956043549329740956UL, stream7.NextUInt64());

        var seed0 = new Xoshiro256StarStar(0);
        Assert.Equal(11091344671253066420UL, seed0.NextUInt64());
        Assert.Equal(13793997310169335082UL, seed0.NextUInt64());
        Assert.Equal(1900383378846508768UL, seed0.NextUInt64());
    }

    [Fact]
    public void Bounded_integers_match_the_reference_implementation()
    {
        var random = Xoshiro256StarStar.ForStream(2024, 3);
        int[] draws = Enumerable.Range(0, 8).Select(_ => random.NextInt32(10)).ToArray();
        Assert.Equal(new[] { 0, 6, 5, 4, 3, 9, 1, 1 }, draws);
    }

    [Fact]
    public void Bound_must_be_positive()
    {
        var random = new Xoshiro256StarStar(1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => random.NextInt32(0));
        Assert.Equal("bound", error.ParamName);
    }

    [Fact]
    public void Doubles_lie_in_the_unit_interval_and_normals_have_unit_variance()
    {
        var random = new Xoshiro256StarStar(5);
        const int N = 200_000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < N; i++)
        {
            double u = random.NextDouble();
            Assert.InRange(u, 0.0, Math.BitDecrement(1.0));
            double z = random.NextNormal();
            sum += z;
            sumSq += z * z;
        }

        // Standard errors: 1/sqrt(N) = 0.0022 for the mean, sqrt(2/N) = 0.0032 for the variance; allow 5.
        Assert.InRange(sum / N, -0.011, 0.011);
        Assert.InRange((sumSq / N) - ((sum / N) * (sum / N)), 1 - 0.016, 1 + 0.016);
    }
}
