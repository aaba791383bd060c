using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// The slots a rank keeps of a projection (<see cref="OwnSlots"/>), built straight from the matrix, against a
/// reference written out from the stored slots: for each row and each of the rank's threads, the slots whose
/// targets are in that thread's block, by target and then stored order, with their weights and delays. Unsorted
/// FixedPost rows with duplicate targets, FixedPre matrices and a view that does not start at 0 are covered.
/// </summary>
public sealed unsafe class OwnSlotsTests
{
    private const int Pre = 37;
    private const int Post = 300;
    private const int NConn = 9;

    [Theory]
    [InlineData(true, 2, 1)]
    [InlineData(true, 3, 2)]
    [InlineData(false, 2, 2)]
    [InlineData(false, 3, 1)]
    public void Each_rank_keeps_its_threads_slots_in_delivery_order_with_their_weights_and_delays(bool fixedPost, int ranks, int threads)
    {
        var random = new Random(7);
        const int ViewStart = 20;
        int rows = fixedPost ? Pre : Post - ViewStart;
        int columns = fixedPost ? Post - ViewStart : Pre;
        var indices = new int[rows * NConn];
        for (int k = 0; k < indices.Length; k++)
        {
            indices[k] = random.Next(columns / 3) * 3;   // repeats, unsorted
        }

        var data = Enumerable.Range(0, indices.Length).Select(k => k + 0.25f).ToArray();
        var delays = Enumerable.Range(0, indices.Length).Select(k => (ushort)(k % 13)).ToArray();
        FixedNumConn<float> weights = fixedPost
            ? new FixedPostNumConn<float>(data, indices, NConn, (Pre, Post - ViewStart))
            : new FixedPreNumConn<float>(data, indices, NConn, (Pre, Post - ViewStart));

        // Stored slot k connects (pre, post): FixedPost row k / NConn to indices[k]; FixedPre indices[k] to column k / NConn.
        var synapses = Enumerable.Range(0, indices.Length)
            .Select(k => fixedPost ? (Pre: k / NConn, Target: indices[k], Slot: k) : (Pre: indices[k], Target: k / NConn, Slot: k))
            .ToArray();
        for (int rank = 0; rank < ranks; rank++)
        {
            var blocks = new ThreadBlocks(BitSpikes.WordCount(Post), threads, ranks, rank);
            using var layout = OwnSlots.Build(weights, delays, ViewStart, blocks, out int maxDelay);

            Assert.Equal(12, maxDelay);
            Assert.Equal((Pre, threads, rank * threads), (layout.Rows, layout.Threads, layout.FirstBlock));
            for (int row = 0; row < Pre; row++)
            {
                for (int t = 0; t < threads; t++)
                {
                    int from = blocks.FromNeuron(blocks.FirstOwn + t) - ViewStart;
                    int to = blocks.ToNeuron(blocks.FirstOwn + t) - ViewStart;
                    var expected = synapses.Where(s => s.Pre == row && s.Target >= from && s.Target < to)
                        .OrderBy(s => s.Target).ThenBy(s => s.Slot)
                        .Select(s => (s.Target, data[s.Slot], delays[s.Slot])).ToArray();
                    int first = layout.Bounds[(row * threads) + t];
                    int end = layout.Bounds[(row * threads) + t + 1];
                    var kept = Enumerable.Range(first, end - first).Select(k => (layout.Targets[k], layout.Weights[k], layout.Delays[k])).ToArray();
                    Assert.Equal(expected, kept);
                }
            }
        }
    }
}
