using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// A model's update may list its spikes itself (<see cref="NeuronStepArgs.CanListSpikes"/>): the network then takes
/// that list as the step's spikes and does not read the words again; a model that does not list gets its spikes
/// listed from its words. Checked against <see cref="Pacer"/>'s schedule, worked out by hand.
/// </summary>
public sealed class SpikeListTests
{
    private const int Neurons = 200;
    private const int Steps = 40;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_model_that_lists_its_spikes_and_one_that_does_not_both_give_the_scheduled_spikes(int threads)
    {
        foreach (bool lists in new[] { false, true })
        {
            using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
            var pop = net.AddPopulation(Neurons, new ListingPacer { Period = 5, Lists = lists ? 1 : 0 });
            pop.SetVariable("Countdown", i => 1f + (i % 7));
            var spikes = net.RecordSpikes(pop[3..190]);
            net.Run(Steps * 0.1);

            // Neuron i first spikes in step i % 7, then every 5 steps.
            var expected = Enumerable.Range(0, Steps)
                .SelectMany(step => Enumerable.Range(3, 187).Where(i => step >= i % 7 && (step - (i % 7)) % 5 == 0).Select(i => (step, i - 3)))
                .ToArray();
            Assert.Equal(expected, spikes.Steps.Zip(spikes.Neurons));
        }
    }

    [Fact]
    public void The_network_takes_a_listing_models_list_as_the_steps_spikes()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        var pop = net.AddPopulation(Neurons, new ListingPacer { Period = 5, Lists = 1, ListsOnlyFirst = 1 });
        pop.SetVariable("Countdown", _ => 1f);
        var spikes = net.RecordSpikes(pop);
        net.Run(0.1);

        // Every neuron spiked and says so in its words; each thread's list holds only its block's first spike.
        Assert.Equal([0, 128], spikes.Neurons);
    }

    [Fact]
    public void Setting_a_spike_count_the_call_cannot_take_throws()
    {
        var holder = new Holder();
        Assert.Throws<ArgumentOutOfRangeException>(() => holder.Listing().SetSpikeCount(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => holder.Listing().SetSpikeCount(65));
        Assert.Throws<InvalidOperationException>(() => holder.NotListing().SetSpikeCount(0));
        Assert.Equal(-1, holder.Count);

        var args = holder.Listing();
        args.SetSpikeCount(64);
        Assert.True(args.CanListSpikes);
        Assert.False(holder.NotListing().CanListSpikes);
        Assert.Equal(64, holder.Count);
    }

    /// <summary>Buffers of one word of a one-field float population, and a count for a listing update to set.</summary>
    private sealed class Holder
    {
        public int Count = -1;
        private readonly byte[] _state = new byte[64 * sizeof(float)];
        private readonly ushort[] _countdown = new ushort[64];
        private readonly ulong[] _words = new ulong[1];
        private readonly int[] _ids = new int[64];

        public NeuronStepArgs Listing() => new(new NeuronState(_state, 64, sizeof(float)), _countdown, 0, _words, 0, 1, 64, 0.1, _ids, 0, ref Count);

        public NeuronStepArgs NotListing() => new(new NeuronState(_state, 64, sizeof(float)), _countdown, 0, _words, 0, 1, 64, 0.1);
    }

    /// <summary><see cref="Pacer"/>'s schedule, listing its spikes itself when <see cref="Lists"/> is 1 (with <see cref="ListsOnlyFirst"/>, only the first).</summary>
    private struct ListingPacer : INeuronModel<ListingPacer>, IScalarNeuron<ListingPacer>
    {
        public float Countdown;
        public float Period;
        public int Lists;
        public int ListsOnlyFirst;

        public static NeuronModelInfo Info { get; } =
            ModelInfo.Of(nameof(ListingPacer), 0, [nameof(Countdown)], [nameof(Period), nameof(Lists), nameof(ListsOnlyFirst)]);

        public void Update(float dt) => Countdown -= 1;

        public readonly bool Threshold() => Countdown == 0;

        public void Reset() => Countdown = Period;

        public static void WriteState(in ListingPacer neuron, NeuronState state, int index) => state.Field<float>(0)[index] = neuron.Countdown;

        public static void ReadState(ref ListingPacer neuron, NeuronState state, int index) => neuron.Countdown = state.Field<float>(0)[index];

        public static void Update(in ListingPacer shared, in NeuronStepArgs args)
        {
            ScalarUpdate.Run(shared, args);
            if (shared.Lists == 0 || !args.CanListSpikes)
            {
                return;
            }

            int listed = 0;
            for (int i = args.FromWord * 64; i < args.ToWord * 64; i++)
            {
                if ((args.SpikeWords[i / 64] >> (i % 64) & 1) != 0 && (shared.ListsOnlyFirst == 0 || listed == 0))
                {
                    args.SpikeIds[listed++] = args.FirstSpikeId + i;
                }
            }

            args.SetSpikeCount(listed);
        }
    }
}
