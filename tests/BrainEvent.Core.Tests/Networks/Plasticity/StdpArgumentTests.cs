using BrainEvent.NetworkBench;
using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks.Plasticity;

/// <summary>Bad plasticity arguments throw before anything is connected; a plastic step allocates nothing.</summary>
[Collection(AllocationCollection.Name)]
public sealed class StdpArgumentTests
{
    public static TheoryData<PairStdp, string> BadRules => new()
    {
        { new PairStdp { TauPre = 0 }, "TauPre" },
        { new PairStdp { TauPost = double.PositiveInfinity }, "TauPost" },
        { new PairStdp { APlus = float.NaN }, "APlus" },
        { new PairStdp { AMinus = float.NegativeInfinity }, "AMinus" },
        { new PairStdp { WMin = 2, WMax = 1 }, "WMin" },
        { new PairStdp { WMax = float.NaN }, "WMax" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public void A_bad_rule_is_refused_naming_the_argument_and_the_field(PairStdp rule, string field)
    {
        using var net = new Network();
        var pop = net.AddPopulation(50, new Leaky());
        var w = FixedPostNumConn<float>.Random(50, 50, 5, WeightInit.Uniform(0, 1), seed: 1);
        var error = Assert.Throws<ArgumentException>(() => net.Connect(pop, pop, w, into: "G", plasticity: rule));
        Assert.Equal("plasticity", error.ParamName);
        Assert.Contains(field, error.Message);
        Assert.Empty(net.Projections);
    }

    [Theory]
    [InlineData(-1, 20, 0.01, -0.01)]
    [InlineData(20, double.NaN, 0.01, -0.01)]
    [InlineData(20, 20, double.PositiveInfinity, -0.01)]
    public void A_rule_of_ones_own_with_bad_traces_is_refused(double tauPre, double tauPost, double aPlus, double aMinus)
    {
        using var net = new Network();
        var pop = net.AddPopulation(50, new Leaky());
        var w = FixedPostNumConn<float>.Random(50, 50, 5, WeightInit.Uniform(0, 1), seed: 1);
        var rule = new TracesOnly(new PlasticityTraces(tauPre, tauPost, aPlus, aMinus));
        Assert.Equal("plasticity", Assert.Throws<ArgumentException>(() => net.Connect(pop, pop, w, into: "G", plasticity: rule)).ParamName);
        Assert.Empty(net.Projections);
    }

    [Fact]
    public void Homogeneous_weights_cannot_learn()
    {
        using var net = new Network();
        var pop = net.AddPopulation(50, new Leaky());
        var w = FixedPostNumConn<float>.Random(50, 50, 5, 0.5f, seed: 1);
        var error = Assert.Throws<ArgumentException>(() => net.Connect(pop, pop, w, into: "G", plasticity: new PairStdp()));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("homogeneous", error.Message);
        Assert.Empty(net.Projections);
    }

    [Fact]
    public void The_checks_of_the_static_overload_come_first()
    {
        using var net = new Network();
        var pop = net.AddPopulation(50, new Leaky());
        var w = FixedPostNumConn<float>.Random(50, 40, 5, WeightInit.Uniform(0, 1), seed: 1);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => net.Connect(pop, pop, w, into: "G", plasticity: new PairStdp())).ParamName);
        Assert.Throws<ArgumentNullException>(() => net.Connect(pop, pop[..40], w, into: "G", plasticity: null!));
        Assert.Equal("delay", Assert.Throws<ArgumentException>(() => net.Connect(pop, pop[..40], w, into: "G", plasticity: new PairStdp(), delay: 0.05)).ParamName);
        Assert.Empty(net.Projections);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_step_with_stdp_allocates_nothing(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var (all, excitatory) = CobaNetwork.Build(net, 0.5, 42, CobaLifVector.Benchmark);
        var w = FixedPostNumConn<float>.Random(excitatory, all.Count, 20, WeightInit.Uniform(0, 0.1), seed: 5);
        var projection = net.Connect(all[..excitatory], all, w, into: "Ge", plasticity: new PairStdp { WMax = 0.2f }, delay: 0.2);
        net.Run(100);

        // The least of three runs: the runtime's own tier-up of a method can allocate once, on whichever thread calls
        // it next (seen once, 4,504 bytes, in a suite run); an allocation in the step would be in every run.
        long least = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            net.Run(300);
            least = Math.Min(least, net.AllocatedInLastRun);
        }

        Assert.Equal(0, least);
        Assert.NotEqual(w.Data.ToArray(), projection.Weights());
    }

    /// <summary>A rule that leaves the weights alone, with the given traces.</summary>
    private readonly record struct TracesOnly(PlasticityTraces Traces) : IPlasticityRule<float>
    {
        public float OnPre(float w, float postTrace) => w;

        public float OnPost(float w, float preTrace) => w;
    }
}
