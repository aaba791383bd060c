using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Plasticity;

/// <summary>
/// STDP on a projection against <see cref="StdpReference"/>'s plain loops, bitwise (the same float operations
/// in the same order), for both matrix kinds, views, delays, runs in pieces and 1, 2 and 8 threads.
/// </summary>
public sealed class StdpNetworkTests
{
    private const int Steps = 400;

    public static TheoryData<string, int, int> Cases => new()
    {
        { "post", 0, 1 },
        { "post", 0, 2 },
        { "post", 0, 8 },
        { "post-duplicates", 3, 2 },
        { "unsorted", 0, 3 },
        { "pre", 2, 1 },
        { "pre", 2, 8 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Weights_traces_and_spikes_match_the_plain_reference(string kind, int delaySteps, int threads)
    {
        var reference = Fixture(kind, delaySteps);
        var before = reference.Plastic.Data.ToArray();
        using var net = new Network(new NetworkOptions { Dt = StdpReference.Dt, Threads = threads });
        var projection = reference.Build(net);
        var spikes = net.RecordSpikes(net.Projections[0].Post);
        net.Run(150 * StdpReference.Dt);
        var midway = projection.Weights();
        net.Run((Steps - 150) * StdpReference.Dt);

        var expected = reference.Simulate(Steps);
        Assert.True(expected.Spikes.Count > 1000, $"{expected.Spikes.Count} spikes");
        Assert.Equal(expected.Spikes.Select(s => s.Step), spikes.Steps);
        Assert.Equal(expected.Spikes.Select(s => s.Neuron), spikes.Neurons);
        Assert.Equal(expected.Weights, projection.Weights());
        Assert.Equal(expected.PreTraces, projection.PreTraces());
        Assert.Equal(expected.PostTraces, projection.PostTraces());
        Assert.Equal(reference.Simulate(150).Weights, midway);
        Assert.Equal(before, reference.Plastic.Data.ToArray());
        int changed = expected.Weights.Where((w, k) => w != before[k]).Count();
        Assert.True(changed > expected.Weights.Length / 2, $"{changed} of {expected.Weights.Length} weights changed");
        Assert.Contains(expected.Weights, w => w == StdpReference.Rule.WMax);
        Assert.Contains(expected.Weights, w => w == StdpReference.Rule.WMin);
    }

    [Theory]
    [InlineData("post", 0, 1)]
    [InlineData("pre", 1, 2)]
    [InlineData("unsorted", 2, 8)]
    public void A_rule_of_ones_own_learns_as_the_reference_with_its_updates_does(string kind, int delaySteps, int threads)
    {
        var reference = Fixture(kind, delaySteps, new SoftBoundStdp(WMax: 0.4f));
        using var net = new Network(new NetworkOptions { Dt = StdpReference.Dt, Threads = threads });
        var projection = reference.Build(net);
        var spikes = net.RecordSpikes(net.Projections[0].Post);
        net.Run(Steps * StdpReference.Dt);

        var expected = reference.Simulate(Steps);
        Assert.Equal(expected.Spikes.Select(s => s.Step), spikes.Steps);
        Assert.Equal(expected.Weights, projection.Weights());
        Assert.Equal(expected.PreTraces, projection.PreTraces());
        Assert.Equal(expected.PostTraces, projection.PostTraces());
        var before = reference.Plastic.Data.ToArray();
        Assert.True(expected.Weights.Where((w, k) => w != before[k]).Count() > before.Length / 2);
        Assert.Contains(expected.Weights.Select((w, k) => Math.Abs(w - before[k])), change => change > 0.01f);
        Assert.All(expected.Weights, w => Assert.InRange(w, 0f, 0.4f));           // the soft bounds hold without clipping
    }

    [Fact]
    public void CopyWeightsTo_writes_the_same_weights_and_checks_the_length()
    {
        using var net = new Network(new NetworkOptions { Dt = StdpReference.Dt, Threads = 2 });
        var projection = Fixture("pre", 0).Build(net);
        net.Run(50 * StdpReference.Dt);
        var copy = new float[projection.Projection.Synapses];
        projection.CopyWeightsTo(copy);
        Assert.Equal(projection.Weights(), copy);
        var error = Assert.Throws<ArgumentException>(() => projection.CopyWeightsTo(new float[3]));
        Assert.Equal("destination", error.ParamName);
    }

    /// <summary>Plastic weights of 100 neurons onto others, in one of the layouts delivery handles differently.</summary>
    private static StdpReference Fixture(string kind, int delaySteps, SoftBoundStdp? softBound = null)
    {
        var init = WeightInit.Uniform(0, 0.3);
        FixedNumConn<float> plastic = kind switch
        {
            "post" => FixedPostNumConn<float>.Random(100, 140, 12, init, seed: 2),
            "post-duplicates" => FixedPostNumConn<float>.Random(100, 140, 12, init, seed: 2, withReplacement: true),
            "unsorted" => Reversed(FixedPostNumConn<float>.Random(100, 140, 12, init, seed: 2)),
            _ => FixedPreNumConn<float>.Random(100, 140, 9, init, seed: 2),
        };

        return new StdpReference(plastic, preStart: 5, postStart: 10, delaySteps, softBound);
    }

    /// <summary>The same synapses with each row's slots in reverse order: delivery must sort them and map the weights back.</summary>
    private static FixedPostNumConn<float> Reversed(FixedPostNumConn<float> w)
    {
        var data = w.Data.ToArray();
        var indices = w.Indices.ToArray();
        for (int row = 0; row < w.NumPre; row++)
        {
            Array.Reverse(data, row * w.NConn, w.NConn);
            Array.Reverse(indices, row * w.NConn, w.NConn);
        }

        return new FixedPostNumConn<float>(data, indices, w.NConn, w.Shape);
    }
}
