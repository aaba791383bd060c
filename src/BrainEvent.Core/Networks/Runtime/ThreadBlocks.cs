using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// Which neurons each thread owns: thread <c>t</c> of <c>T</c> owns words <c>[W t / T, W (t + 1) / T)</c> of
/// every population of <c>W</c> 64-neuron words, in both delivery and update. Blocks are whole words, so no
/// two threads write the same spike word or cache line of state (state fields are 64-byte aligned). With at
/// least <see cref="LineWords"/> words per thread the boundaries are also rounded to whole cache lines of spike
/// words, which threads then never share either.
/// </summary>
internal readonly struct ThreadBlocks(int words, int threads)
{
    /// <summary>Spike words per cache line.</summary>
    public const int LineWords = 8;

    private readonly int _granule = words >= LineWords * threads ? LineWords : 1;

    /// <summary>The population's words.</summary>
    public int Words { get; } = words;

    /// <summary>The number of threads.</summary>
    public int Threads { get; } = threads;

    /// <summary>The first word of thread <paramref name="thread"/>'s block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FromWord(int thread) =>
        thread >= Threads ? Words : (int)((((long)Words * thread / Threads) + (_granule / 2)) / _granule * _granule);

    /// <summary>One past the last word of thread <paramref name="thread"/>'s block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ToWord(int thread) => FromWord(thread + 1);

    /// <summary>The first neuron of thread <paramref name="thread"/>'s block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FromNeuron(int thread) => FromWord(thread) * 64;

    /// <summary>One past the last neuron of thread <paramref name="thread"/>'s block (padding included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ToNeuron(int thread) => ToWord(thread) * 64;
}
