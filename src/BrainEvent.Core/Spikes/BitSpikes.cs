using System.Numerics;
using System.Runtime.Intrinsics;

namespace BrainEvent;

/// <summary>
/// A spike vector packed 64 to a <see cref="ulong"/>: spike <c>i</c> is bit <c>i % 64</c> of word
/// <c>i / 64</c>. It moves 8x fewer bytes than <c>bool[]</c>, and finding the active neurons is a
/// trailing-zero count per set bit. Bits past <see cref="Length"/> are always zero. Not thread-safe:
/// one writer at a time, as for an array.
/// </summary>
public sealed class BitSpikes
{
    private readonly ulong[] _words;

    /// <summary>A vector of <paramref name="length"/> silent neurons.</summary>
    public BitSpikes(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        _words = new ulong[WordCount(length)];
    }

    /// <summary>The number of neurons.</summary>
    public int Length { get; }

    /// <summary>The packed words, <c>ceil(Length / 64)</c> of them.</summary>
    public ReadOnlySpan<ulong> Words => _words;

    /// <summary>Whether neuron <paramref name="index"/> spiked.</summary>
    public bool this[int index]
    {
        get
        {
            CheckIndex(index);
            return (_words[index >> 6] & (1UL << index)) != 0;
        }

        set
        {
            CheckIndex(index);
            if (value)
            {
                _words[index >> 6] |= 1UL << index;
            }
            else
            {
                _words[index >> 6] &= ~(1UL << index);
            }
        }
    }

    /// <summary>The number of words that hold <paramref name="length"/> spikes.</summary>
    public static int WordCount(int length) => (int)(((uint)length + 63) / 64);

    /// <summary>Packs a <see cref="bool"/> spike vector.</summary>
    public static BitSpikes FromBools(ReadOnlySpan<bool> spikes)
    {
        var packed = new BitSpikes(spikes.Length);
        packed.CopyFrom(spikes);
        return packed;
    }

    /// <summary>Marks neuron <paramref name="index"/> as spiking.</summary>
    public void Set(int index) => this[index] = true;

    /// <summary>Marks every neuron silent.</summary>
    public void ClearAll() => Array.Clear(_words);

    /// <summary>
    /// Replaces word <paramref name="wordIndex"/> (neurons <c>64 * wordIndex</c> to <c>64 * wordIndex + 63</c>);
    /// bits past <see cref="Length"/> are dropped.
    /// </summary>
    public void SetWord(int wordIndex, ulong bits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wordIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(wordIndex, _words.Length);
        _words[wordIndex] = bits & ValidBits(wordIndex);
    }

    /// <summary>Packs <paramref name="spikes"/>, which must have <see cref="Length"/> entries.</summary>
    public void CopyFrom(ReadOnlySpan<bool> spikes)
    {
        ConnValidation.RequireLength(spikes.Length, Length, nameof(spikes), "the BitSpikes length");
        int i = 0;
        for (int word = 0; word < _words.Length; word++)
        {
            ulong bits = 0;
            if (Vector512.IsHardwareAccelerated && i + 64 <= spikes.Length)
            {
                // A bool is one byte, 0 or 1: compare against zero and take the sign bits.
                var bytes = Vector512.Create(System.Runtime.InteropServices.MemoryMarshal.AsBytes(spikes.Slice(i, 64)));
                bits = Vector512.ExtractMostSignificantBits(Vector512.GreaterThan(bytes, Vector512<byte>.Zero));
                i += 64;
            }
            else
            {
                int end = Math.Min(i + 64, spikes.Length);
                for (int bit = 0; i < end; i++, bit++)
                {
                    bits |= spikes[i] ? 1UL << bit : 0;
                }
            }

            _words[word] = bits;
        }
    }

    /// <summary>Unpacks into <paramref name="destination"/>, which must have <see cref="Length"/> entries.</summary>
    public void CopyTo(Span<bool> destination)
    {
        ConnValidation.RequireLength(destination.Length, Length, nameof(destination), "the BitSpikes length");
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = (_words[i >> 6] & (1UL << i)) != 0;
        }
    }

    /// <summary>The number of spiking neurons.</summary>
    public int CountActive()
    {
        int count = 0;
        foreach (ulong word in _words)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>The indices of spiking neurons, in ascending order, without allocating.</summary>
    public ActiveEnumerator GetActiveEnumerator() => new(_words);

    private ulong ValidBits(int wordIndex)
    {
        int remaining = Length - (wordIndex << 6);
        return remaining >= 64 ? ulong.MaxValue : (1UL << remaining) - 1;
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must lie in [0, {Length}).");
        }
    }

    /// <summary>Walks the set bits a word at a time: a trailing-zero count per active neuron.</summary>
    public ref struct ActiveEnumerator
    {
        private readonly ReadOnlySpan<ulong> _words;
        private int _word;
        private ulong _bits;

        internal ActiveEnumerator(ReadOnlySpan<ulong> words)
        {
            _words = words;
            _word = -1;
            _bits = 0;
            Current = -1;
        }

        /// <summary>The current active index.</summary>
        public int Current { get; private set; }

        /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
        public readonly ActiveEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next active index.</summary>
        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (++_word >= _words.Length)
                {
                    return false;
                }

                _bits = _words[_word];
            }

            Current = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }
}
