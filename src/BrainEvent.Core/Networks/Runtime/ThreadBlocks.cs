using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// Which neurons each thread owns: thread <c>t</c> of <c>T</c> owns words <c>[W t / T, W (t + 1) / T)</c> of
/// every population of <c>W</c> 64-neuron words, in both delivery and update. Blocks are whole words, so no
/// two threads write the same spike word or cache line of state (state fields are 64-byte aligned). With at
/// least <see cref="LineWords"/> words per thread the boundaries are also rounded to whole cache lines of spike
/// words, which threads then never share either.
/// </summary>
/// <remarks>
/// A network distributed over <c>R</c> ranks first deals the words to the ranks (rank <c>r</c> gets
/// <c>[W r / R, W (r + 1) / R)</c>, not rounded to cache lines, which ranks do not share, and whatever the
/// ranks' thread counts), then splits each rank's
/// words over its <c>T</c> threads: block <c>r T + t</c> is thread <c>t</c> of rank <c>r</c>, and
/// <see cref="Threads"/> counts the blocks of all ranks. A rank runs only its own blocks; the others' hold the
/// spikes it receives from them.
/// </remarks>
internal readonly struct ThreadBlocks
{
    /// <summary>Spike words per cache line.</summary>
    public const int LineWords = 8;

    private readonly int _threadsPerRank;
    private readonly int _ranks;

    // Block b's first word, and Words last: the step loop asks for blocks' bounds several times per step and thread,
    // and computing one takes two to four 64-bit divisions.
    private readonly int[] _firstWords;

    /// <summary>The blocks of one process: <paramref name="threads"/> of them.</summary>
    public ThreadBlocks(int words, int threads)
        : this(words, threads, ranks: 1, rank: 0)
    {
    }

    /// <summary>The blocks of rank <paramref name="rank"/> of <paramref name="ranks"/>, each running <paramref name="threadsPerRank"/> threads.</summary>
    public ThreadBlocks(int words, int threadsPerRank, int ranks, int rank)
    {
        Words = words;
        _threadsPerRank = threadsPerRank;
        _ranks = ranks;
        FirstOwn = rank * threadsPerRank;
        _firstWords = new int[Threads + 1];
        for (int block = 0; block <= Threads; block++)
        {
            _firstWords[block] = SplitFirstWord(block);
        }
    }

    /// <summary>The population's words.</summary>
    public int Words { get; }

    /// <summary>The number of blocks, over all ranks: the threads of one process.</summary>
    public int Threads => _threadsPerRank * _ranks;

    /// <summary>The first block this rank runs; it runs <see cref="OwnThreads"/> of them.</summary>
    public int FirstOwn { get; }

    /// <summary>The blocks this rank runs: its threads.</summary>
    public int OwnThreads => _threadsPerRank;

    /// <summary>This rank's first neuron.</summary>
    public int OwnFromNeuron => FromNeuron(FirstOwn);

    /// <summary>One past this rank's last neuron (padding included).</summary>
    public int OwnToNeuron => ToNeuron(FirstOwn + _threadsPerRank - 1);

    /// <summary>The first word of thread (block) <paramref name="thread"/>; <see cref="Words"/> past the last block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FromWord(int thread) => _firstWords[Math.Min(thread, Threads)];

    private int SplitFirstWord(int thread)
    {
        if (thread >= Threads)
        {
            return Words;
        }

        if (_ranks == 1)
        {
            return Split(Words, thread, _threadsPerRank, ThreadGranule(Words, _threadsPerRank));
        }

        int rank = thread / _threadsPerRank;
        int first = Split(Words, rank, _ranks, 1);
        int words = Split(Words, rank + 1, _ranks, 1) - first;
        return first + Split(words, thread - (rank * _threadsPerRank), _threadsPerRank, ThreadGranule(words, _threadsPerRank));
    }

    /// <summary>One past the last word of thread <paramref name="thread"/>'s block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ToWord(int thread) => FromWord(thread + 1);

    /// <summary>The first neuron of thread <paramref name="thread"/>'s block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FromNeuron(int thread) => FromWord(thread) * 64;

    /// <summary>One past the last neuron of thread <paramref name="thread"/>'s block (padding included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ToNeuron(int thread) => ToWord(thread) * 64;

    /// <summary>Threads' blocks are whole cache lines of spike words when each thread gets at least one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ThreadGranule(int words, int threads) => words >= LineWords * threads ? LineWords : 1;

    /// <summary>The start of part <paramref name="part"/> of <paramref name="words"/> split into <paramref name="parts"/>, rounded to <paramref name="granule"/> words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Split(int words, int part, int parts, int granule)
    {
        if (part >= parts)
        {
            return words;
        }

        return (int)((((long)words * part / parts) + (granule / 2)) / granule * granule);
    }
}
