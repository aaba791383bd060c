using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>An exception on any thread of a run reaches the caller, without leaving threads waiting at the barrier.</summary>
public sealed class FailureTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(2, 1)]
    [InlineData(8, 5)]
    public void A_model_that_throws_on_one_thread_stops_the_run_and_the_exception_reaches_the_caller(int threads, int failingThread)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var pop = net.AddPopulation(64 * threads, new Faulty { FailFromWord = failingThread, FailAtStep = 7 });
        var e = Assert.Throws<InvalidOperationException>(() => net.Run(100));
        Assert.Equal("step 7 failed", e.Message);
        Assert.InRange(net.Step, 0, 7);
        Assert.Throws<InvalidOperationException>(() => net.Run(1));     // faulted
    }

    [Fact]
    public void A_progress_callback_that_throws_stops_the_run_too()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        net.AddPopulation(200, new Pacer { Countdown = 3 });
        var e = Assert.Throws<TimeoutException>(() => net.Run(10, new CallbackProgress(p => throw new TimeoutException($"at {p.StepsDone}"))));
        Assert.Equal("at 1", e.Message);
    }

    /// <summary>A model that counts steps and throws in a chosen step on the thread whose block starts at a chosen word.</summary>
    private struct Faulty : INeuronModel<Faulty>
    {
        public float Steps;
        public int FailFromWord;
        public int FailAtStep;

        public static NeuronModelInfo Info { get; } = ModelInfo.Of(nameof(Faulty), 0, [nameof(Steps)], [nameof(FailFromWord), nameof(FailAtStep)]);

        public static void WriteState(in Faulty neuron, NeuronState state, int index) => state.Field<float>(0)[index] = neuron.Steps;

        public static void ReadState(ref Faulty neuron, NeuronState state, int index) => neuron.Steps = state.Field<float>(0)[index];

        public static void Update(in Faulty shared, in NeuronStepArgs args)
        {
            var steps = args.State.Field<float>(0);
            if (args.FromWord == shared.FailFromWord && args.ToWord > args.FromWord && steps[args.FromWord * 64] == shared.FailAtStep)
            {
                throw new InvalidOperationException($"step {shared.FailAtStep} failed");
            }

            for (int i = args.FromWord * 64; i < args.ToWord * 64; i++)
            {
                steps[i] += 1;
            }

            args.SpikeWords[args.FromWord..args.ToWord].Clear();
        }
    }
}
