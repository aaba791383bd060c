using System.Numerics;

namespace BrainEvent.Builders;

/// <summary>
/// Draws the indices of one row: <c>k</c> values from <c>m</c> candidates <c>0..m-1</c>, with or without
/// replacement. One instance per worker thread: it owns the scratch space, and what it draws depends only
/// on the stream it is given.
/// </summary>
/// <remarks>
/// Without replacement, when candidates outnumber picks more than <see cref="FloydRatio"/> to one, Floyd's
/// algorithm (exactly <c>k</c> draws, each checked against a small open-addressing hash set, O(k) memory);
/// otherwise a partial Fisher-Yates shuffle of the <c>m</c> candidates (O(m) = O(k) work, no collisions).
/// </remarks>
internal sealed class RowSampler
{
    /// <summary>Above this many candidates per pick, Floyd; at or below, Fisher-Yates.</summary>
    public const int FloydRatio = 4;

    private const int Empty = -1;

    private int[] _table = [];
    private int[] _shuffle = [];
    private int[] _counts = [];
    private int[] _sorted = [];

    /// <summary>Fills <paramref name="row"/> with uniform draws from <c>[0, candidates)</c>, in ascending order.</summary>
    public void Sample(Span<int> row, int candidates, bool withReplacement, ref Xoshiro256StarStar random)
    {
        if (withReplacement)
        {
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = random.NextInt32(candidates);
            }
        }
        else if ((long)row.Length * FloydRatio < candidates)
        {
            Floyd(row, candidates, ref random);
        }
        else
        {
            PartialFisherYates(row, candidates, ref random);
        }

        SortUniform(row, candidates);
    }

    /// <summary>
    /// Sorts values drawn uniformly from <c>[0, range)</c> in expected linear time: a counting sort into as
    /// many buckets as values (bucket = value * buckets / range, by a multiply-shift), then an insertion
    /// sort that only has to order within each small bucket. Several times faster than a comparison sort
    /// for rows of a hundred.
    /// </summary>
    private void SortUniform(Span<int> row, int range)
    {
        int buckets = row.Length;
        if (buckets < 2)
        {
            return;
        }

        if (_counts.Length < buckets + 1)
        {
            _counts = new int[buckets + 1];
            _sorted = new int[buckets];
        }

        var counts = _counts.AsSpan(0, buckets + 1);
        var sorted = _sorted.AsSpan(0, buckets);
        counts.Clear();
        ulong scale = ((ulong)buckets << 32) / (ulong)range + 1;
        int last = buckets - 1;
        foreach (int value in row)
        {
            counts[Math.Min((int)(((ulong)value * scale) >> 32), last) + 1]++;
        }

        for (int b = 1; b < counts.Length; b++)
        {
            counts[b] += counts[b - 1];
        }

        foreach (int value in row)
        {
            sorted[counts[Math.Min((int)(((ulong)value * scale) >> 32), last)]++] = value;
        }

        for (int i = 1; i < sorted.Length; i++)
        {
            int value = sorted[i];
            int j = i - 1;
            while (j >= 0 && sorted[j] > value)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = value;
        }

        sorted.CopyTo(row);
    }

    /// <summary>
    /// Floyd's algorithm: for <c>j = m - k .. m - 1</c> draw <c>t</c> in <c>[0, j]</c> and take it, or
    /// <c>j</c> when <c>t</c> was taken already. Every k-subset comes out with the same probability.
    /// </summary>
    private void Floyd(Span<int> row, int candidates, ref Xoshiro256StarStar random)
    {
        int capacity = Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)row.Length * 2));
        if (_table.Length < capacity)
        {
            _table = new int[capacity];
        }

        var table = _table.AsSpan(0, capacity);
        table.Fill(Empty);
        int shift = 32 - BitOperations.Log2((uint)capacity);
        int count = 0;
        for (int j = candidates - row.Length; j < candidates; j++)
        {
            int pick = random.NextInt32(j + 1);
            if (!TryAdd(table, shift, pick))
            {
                // j lies above the range of every earlier draw, so it is new.
                pick = j;
                TryAdd(table, shift, pick);
            }

            row[count++] = pick;
        }
    }

    private void PartialFisherYates(Span<int> row, int candidates, ref Xoshiro256StarStar random)
    {
        if (_shuffle.Length < candidates)
        {
            _shuffle = new int[candidates];
        }

        // Restart from the identity every row, so a row's draws do not depend on the rows before it.
        var deck = _shuffle.AsSpan(0, candidates);
        for (int i = 0; i < deck.Length; i++)
        {
            deck[i] = i;
        }

        for (int k = 0; k < row.Length; k++)
        {
            int swap = k + random.NextInt32(candidates - k);
            (deck[k], deck[swap]) = (deck[swap], deck[k]);
            row[k] = deck[k];
        }
    }

    /// <summary>
    /// Adds <paramref name="value"/> to the set (Fibonacci hashing: the top bits of value * 2^32/phi, then
    /// linear probing); false when it was already present.
    /// </summary>
    private static bool TryAdd(Span<int> table, int shift, int value)
    {
        int mask = table.Length - 1;
        int slot = (int)(((uint)value * 0x9E3779B9u) >> shift);
        while (true)
        {
            int held = table[slot];
            if (held == Empty)
            {
                table[slot] = value;
                return true;
            }

            if (held == value)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }
}
