using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BrainEvent.Networks;

namespace BrainEvent.Generated;

public static partial class NeuronKernels
{
    /// <summary>
    /// What an update does with each word's spikes besides storing the word: the spiked neurons get their full
    /// countdown (the vectors have counted every neuron down) and, when the caller takes a list, their ids, in the
    /// same pass. One by one, as about one word in ten has any spike at 20 Hz.
    /// </summary>
    private ref struct SpikedNeurons
    {
        private readonly ref int _ids;
        private readonly int _firstId;
        private readonly bool _lists;
        private int _count;

        /// <summary>Lists into <paramref name="args"/>' spike ids if it takes a list; <see cref="Check"/> has checked they have room for the range.</summary>
        public SpikedNeurons(in NeuronStepArgs args)
        {
            _lists = args.CanListSpikes;
            _ids = ref MemoryMarshal.GetReference(args.SpikeIds);
            _firstId = args.FirstSpikeId;
        }

        /// <summary>Takes the word of <paramref name="spikes"/> of the neurons from <paramref name="first"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Span<ushort> countdown, int first, ulong spikes, ushort steps)
        {
            if (spikes == 0)
            {
                return;     // also before any word: the countdowns may have no word to slice
            }

            ref ushort word = ref MemoryMarshal.GetReference(countdown.Slice(first, 64));
            for (; spikes != 0; spikes &= spikes - 1)
            {
                int bit = BitOperations.TrailingZeroCount(spikes);
                Unsafe.Add(ref word, bit) = steps;
                if (_lists)
                {
                    Unsafe.Add(ref _ids, _count++) = _firstId + first + bit;
                }
            }
        }

        /// <summary>Tells the caller how many it listed, if it takes a list.</summary>
        public readonly void Report(in NeuronStepArgs args)
        {
            if (_lists)
            {
                args.SetSpikeCount(_count);
            }
        }
    }
}
