using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// The processors a run's threads pin to (<see cref="PinnedProcessors"/>), against the rule written out: one
/// process takes the first of the processors it may use; the ranks of one machine take disjoint runs of them in
/// local rank order; nothing is pinned with one thread, too few processors, or an unknown local rank.
/// </summary>
public sealed class PinnedProcessorsTests
{
    private static readonly int[] Allowed = [0, 2, 3, 5, 6, 7, 9, 11];

    [Fact]
    public void One_process_pins_to_the_first_allowed_processors()
    {
        Assert.Equal([0, 2, 3], PinnedProcessors.For(3, ranks: 1, local: null, Allowed));
        Assert.Equal(Allowed, PinnedProcessors.For(8, ranks: 1, local: (3, 4), Allowed));
        Assert.Empty(PinnedProcessors.For(9, ranks: 1, local: null, Allowed));
        Assert.Empty(PinnedProcessors.For(1, ranks: 1, local: null, Allowed));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    public void The_ranks_of_one_machine_pin_to_disjoint_processors_covering_the_first_ones(int localRanks, int threads)
    {
        var pinned = Enumerable.Range(0, localRanks).Select(l => PinnedProcessors.For(threads, ranks: localRanks + 1, (l, localRanks), Allowed)).ToArray();

        Assert.All(pinned, processors => Assert.Equal(threads, processors.Length));
        Assert.Equal(Allowed[..(localRanks * threads)], pinned.SelectMany(p => p).ToArray());
    }

    [Fact]
    public void A_rank_pins_nothing_without_processors_for_every_local_rank_or_without_its_local_rank()
    {
        Assert.Empty(PinnedProcessors.For(3, ranks: 3, local: (0, 3), Allowed));
        Assert.Empty(PinnedProcessors.For(2, ranks: 2, local: null, Allowed));
        Assert.Empty(PinnedProcessors.For(1, ranks: 2, local: (1, 2), Allowed));
        Assert.Equal([3, 5], PinnedProcessors.For(2, ranks: 4, local: (1, 2), Allowed));
    }
}
