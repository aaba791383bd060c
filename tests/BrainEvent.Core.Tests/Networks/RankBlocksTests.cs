using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// How a distributed network deals a population's words to ranks and threads (<see cref="ThreadBlocks"/>),
/// against the rule written out: rank <c>r</c> of <c>R</c> owns words <c>[W r / R, W (r + 1) / R)</c>, split
/// among its threads as one process of that many words would split them.
/// </summary>
public sealed class RankBlocksTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(63)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Each_rank_owns_its_share_of_words_split_among_its_threads_as_one_process_would(int words)
    {
        for (int ranks = 1; ranks <= 5; ranks++)
        {
            for (int threads = 1; threads <= 3; threads++)
            {
                for (int rank = 0; rank < ranks; rank++)
                {
                    var blocks = new ThreadBlocks(words, threads, ranks, rank);
                    Assert.Equal(ranks * threads, blocks.Threads);
                    Assert.Equal(rank * threads, blocks.FirstOwn);
                    for (int r = 0; r < ranks; r++)
                    {
                        int from = words * r / ranks;
                        int to = words * (r + 1) / ranks;
                        var alone = new ThreadBlocks(to - from, threads);
                        for (int t = 0; t < threads; t++)
                        {
                            Assert.Equal(from + alone.FromWord(t), blocks.FromWord((r * threads) + t));
                            Assert.Equal(from + alone.ToWord(t), blocks.ToWord((r * threads) + t));
                        }
                    }

                    Assert.Equal((words * rank / ranks * 64, words * (rank + 1) / ranks * 64), (blocks.OwnFromNeuron, blocks.OwnToNeuron));
                }
            }
        }
    }

    [Fact]
    public void One_rank_splits_exactly_as_one_process()
    {
        foreach (int words in new[] { 1, 9, 64, 1001 })
        {
            for (int threads = 1; threads <= 8; threads++)
            {
                var distributed = new ThreadBlocks(words, threads, ranks: 1, rank: 0);
                var single = new ThreadBlocks(words, threads);
                int granule = words >= ThreadBlocks.LineWords * threads ? ThreadBlocks.LineWords : 1;
                for (int t = 0; t <= threads; t++)
                {
                    int expected = t == threads ? words : (((words * t / threads) + (granule / 2)) / granule * granule);
                    Assert.Equal(expected, single.FromWord(t));
                    Assert.Equal(expected, distributed.FromWord(t));
                }
            }
        }
    }
}
