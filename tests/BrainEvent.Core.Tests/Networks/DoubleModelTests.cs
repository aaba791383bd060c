using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>A model with double state receives double weights, directly and through a delay ring.</summary>
public sealed class DoubleModelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Double_weights_arrive_in_double_state(int threads)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var sources = net.AddPopulation(70, new Pacer());
        var targets = net.AddPopulation(130, new DoubleProbe());
        var countdowns = new float[70];
        countdowns[3] = 1;                                             // spikes in step 0
        Arrivals.SetCountdowns(sources, countdowns);
        var w = FixedPostNumConn<double>.Random(70, 130, 20, WeightInit.Normal(0, 1), seed: 31);
        var delays = Enumerable.Range(0, w.Nse).Select(slot => (ushort)(slot % 3)).ToArray();
        net.Connect(sources, targets, w, into: nameof(DoubleProbe.In), delay: 0.2);
        net.Connect(sources, targets, w, into: nameof(DoubleProbe.In), delaySteps: delays);
        net.Run(1.0);

        var expected = new double[130];
        var data = w.Data.Span;
        var indices = w.Indices.Span;
        for (int slot = 3 * 20; slot < 4 * 20; slot++)
        {
            expected[indices[slot]] += data[slot] * 3;                 // the direct projection: arrives at step 0 + 1 + 2
            expected[indices[slot]] += data[slot] * (1 + (slot % 3));  // the ring: at step 1 + the slot's delay
        }

        var seen = targets.Variable<double>(nameof(DoubleProbe.Weighted)).ToArray();
        for (int j = 0; j < 130; j++)
        {
            Assert.Equal(expected[j], seen[j], 12);
        }

        Assert.Throws<InvalidOperationException>(() => targets.Variable(nameof(DoubleProbe.In)));
    }

    /// <summary>Adds each step's input times the step's number to <see cref="Weighted"/>, which so shows when everything arrived.</summary>
    private struct DoubleProbe : INeuronModel<DoubleProbe>
    {
        public double In;
        public double Weighted;
        public double Clock;

        public static NeuronModelInfo Info { get; } = new(
            nameof(DoubleProbe), typeof(double), 0,
            [new NeuronField(nameof(In), 0, false), new NeuronField(nameof(Weighted), 1, false), new NeuronField(nameof(Clock), 2, false)]);

        public static void WriteState(in DoubleProbe neuron, NeuronState state, int index)
        {
            state.Field<double>(0)[index] = neuron.In;
            state.Field<double>(1)[index] = neuron.Weighted;
            state.Field<double>(2)[index] = neuron.Clock;
        }

        public static void ReadState(ref DoubleProbe neuron, NeuronState state, int index)
        {
            neuron.In = state.Field<double>(0)[index];
            neuron.Weighted = state.Field<double>(1)[index];
            neuron.Clock = state.Field<double>(2)[index];
        }

        public static void Update(in DoubleProbe shared, in NeuronStepArgs args)
        {
            var input = args.State.Field<double>(0);
            var weighted = args.State.Field<double>(1);
            var clock = args.State.Field<double>(2);
            for (int i = args.FromWord * 64; i < args.ToWord * 64; i++)
            {
                weighted[i] += input[i] * clock[i];
                input[i] = 0;
                clock[i] += 1;
            }

            args.SpikeWords[args.FromWord..args.ToWord].Clear();
        }
    }
}
