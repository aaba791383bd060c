using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Kernels;

/// <summary>
/// Spikes as 64-bit words, so active entries are found a word at a time (a trailing-zero count each)
/// instead of with a branch per entry.
/// </summary>
internal interface IActiveSource
{
    int WordCount { get; }

    ulong Word(int index);
}

/// <summary>Bit-packed spikes: the words are the storage.</summary>
internal readonly unsafe struct BitSource(ulong* words, int wordCount) : IActiveSource
{
    public int WordCount => wordCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Word(int index) => words[index];
}

/// <summary>
/// <see cref="bool"/> spikes: each word is built from 64 bytes by one vector compare, asking for the spikes
/// <see cref="KernelRules.BoolSpikeLookahead"/> bytes ahead.
/// </summary>
internal readonly unsafe struct BoolSource(byte* spikes, int length) : IActiveSource
{
    public int WordCount => (length + 63) >> 6;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Word(int index)
    {
        byte* p = spikes + (index << 6);
        int available = length - (index << 6);
        if (available >= 64 + KernelRules.BoolSpikeLookahead)
        {
            Vectors.Prefetch(p + KernelRules.BoolSpikeLookahead, 1);
        }

        if (available >= 64 && Vector512.IsHardwareAccelerated)
        {
            return Vector512.ExtractMostSignificantBits(Vector512.GreaterThan(Vector512.Load(p), Vector512<byte>.Zero));
        }

        if (available >= 64 && Vector256.IsHardwareAccelerated)
        {
            ulong low = Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(Vector256.Load(p), Vector256<byte>.Zero));
            ulong high = Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(Vector256.Load(p + 32), Vector256<byte>.Zero));
            return low | (high << 32);
        }

        ulong bits = 0;
        for (int i = 0, n = Math.Min(available, 64); i < n; i++)
        {
            bits |= p[i] != 0 ? 1UL << i : 0;
        }

        return bits;
    }
}

/// <summary>Walks the active indices of a source in ascending order.</summary>
internal struct ActiveCursor<TSource>(TSource source)
    where TSource : struct, IActiveSource
{
    private int _word = -1;
    private ulong _bits;

    /// <summary>The next active index, or -1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next()
    {
        while (_bits == 0)
        {
            if (++_word >= source.WordCount)
            {
                _word = source.WordCount;
                return -1;
            }

            _bits = source.Word(_word);
        }

        int index = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
        _bits &= _bits - 1;
        return index;
    }
}
