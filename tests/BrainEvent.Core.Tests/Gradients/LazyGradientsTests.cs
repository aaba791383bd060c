using System.Numerics;
using BrainEvent.Tests.Support;
using static BrainEvent.Tests.GradientRules.FiniteDifferences;

namespace BrainEvent.Tests.GradientRules;

/// <summary>A lazy matrix is differentiated at its evaluated values; the chain's own derivative takes it to the source values.</summary>
public class LazyGradientsTests
{
    public static TheoryData<ConnCase> Cases => new(GradientCases.All().Where(c => c.NumPre > 1 && c.NumPost > 1));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_of_a_chain_are_the_rules_of_its_evaluated_matrix(ConnCase c)
    {
        var w = c.Build<double>();
        var lazy = Chain(w);
        var evaluated = GradientCases.WithData(w, lazy.Data.ToArray());
        var v = RandomData.Vector(c.NumPost, c.Seed + 51);
        var ct = RandomData.Vector(c.NumPre, c.Seed + 52);

        var (dWeights, dV) = Gradients.MatVecVjp(lazy, v, ct);
        var (expectedWeights, expectedV) = Gradients.MatVecVjp(evaluated, v, ct);
        Assert.Equal(expectedWeights, dWeights);
        AssertClose(expectedV, dV, $"{c} dV");

        var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 53);
        var tV = RandomData.Vector(c.NumPost, c.Seed + 56);
        AssertClose(Gradients.MatVecJvp(evaluated, v, tW, tV), Gradients.MatVecJvp(lazy, v, tW, tV), $"{c} JVP");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Times_the_chain_derivative_it_is_the_gradient_of_the_source_values(ConnCase c)
    {
        var w = c.Build<double>();
        var source = w.Data.ToArray();
        var v = RandomData.Vector(c.NumPre, c.Seed + 54);
        var ct = RandomData.Vector(c.NumPost, c.Seed + 55);

        // d(2x + 0.5)/dx = 2.
        var dWeights = Gradients.VecMatVjp(Chain(w), v, ct).DWeights.Select(g => 2 * g).ToArray();
        AssertClose(Gradient(source, p => Dot(ct, Chain(GradientCases.WithData(w, p)).VecMat(v))), dWeights, $"{c} source gradient");
    }

    private static FixedNumConn<T> Chain<T>(FixedNumConn<T> w)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T two = T.CreateChecked(2), half = T.CreateChecked(0.5);
        return w switch
        {
            FixedPostNumConn<T> post => (post * two) + half,
            FixedPreNumConn<T> pre => (pre * two) + half,
            _ => throw new ArgumentException("unknown matrix class", nameof(w)),
        };
    }
}
