using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>Weights stored as FixedPreNumConn (rows per target) or with unsorted rows deliver what the equivalent sorted FixedPostNumConn delivers, bit for bit.</summary>
public sealed class FixedPreDeliveryTests
{
    private const int Pre = 140;
    private const int Post = 170;
    private const int Steps = 40;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void FixedPre_weights_deliver_the_same_as_the_same_matrix_as_FixedPost(int threads)
    {
        var pre = FixedPreNumConn<float>.Random(Pre, Post, 9, WeightInit.Normal(0, 1), seed: 21);
        var dense = pre.ToDense();
        int widest = Enumerable.Range(0, Pre).Max(i => Enumerable.Range(0, Post).Count(j => dense[i, j] != 0));
        var post = FixedPostNumConn<float>.FromDense(dense, widest);      // short rows padded with zero weights at index 0: unsorted rows
        Assert.Equal(Seen(post, threads), Seen(pre, threads));
        Assert.Equal(Seen(post, threads), Seen(pre, threads, perSynapseDelays: true));
    }

    [Fact]
    public void Unsorted_rows_with_duplicate_targets_deliver_as_their_sorted_copy()
    {
        var indices = new[,] { { 5, 1, 5, 0 }, { 3, 3, 2, 1 }, { 0, 1, 2, 3 } };
        var data = new float[,] { { 0.1f, 0.2f, 0.3f, 0.4f }, { 1e8f, 1f, -1e8f, 2f }, { 5, 6, 7, 8 } };
        var unsorted = new FixedPostNumConn<float>(data, indices, shape: (3, 6));
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 1 });
        var source = net.AddPopulation(3, new Pacer { Countdown = 1 });
        var target = net.AddPopulation(6, new Probe());
        net.Connect(source, target, unsorted, into: nameof(Probe.In));
        net.Run(0.2);

        // Per target, the terms in source order, then slot order: target 3 gets 1e8 + 1 (= 1e8 in float) then + 8.
        float[] expected = [0.4f + 5, 0.2f + 2 + 6, -1e8f + 7, (1e8f + 1f) + 8, 0, 0.1f + 0.3f];
        Assert.Equal(expected, target.Variable(nameof(Probe.Seen)).ToArray());
    }

    private static float[] Seen(FixedNumConn<float> w, int threads, bool perSynapseDelays = false)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var sources = net.AddPopulation(Pre, new Pacer { Period = 2 });
        var targets = net.AddPopulation(Post, new Probe());
        Arrivals.SetCountdowns(sources, [.. Enumerable.Range(0, Pre).Select(i => (float)(i % 4))]);
        if (perSynapseDelays)
        {
            net.Connect(sources, targets, w, into: nameof(Probe.In), delaySteps: new ushort[w.Nse]);
        }
        else
        {
            net.Connect(sources, targets, w, into: nameof(Probe.In));
        }

        net.Run(Steps * 0.1);
        return targets.Variable(nameof(Probe.Total)).ToArray();
    }
}
