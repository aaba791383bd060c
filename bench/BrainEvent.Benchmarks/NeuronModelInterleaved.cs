namespace BrainEvent.Benchmarks;

/// <summary><see cref="NeuronModelBenchmarks"/>' kernels timed in turns within one process (see <see cref="Interleaved"/>).</summary>
public static class NeuronModelInterleaved
{
    public const string Option = "--neuron-models-interleaved";

    public static void Run(int rounds)
    {
        var benchmarks = new NeuronModelBenchmarks();
        benchmarks.Setup();
        Interleaved.Run(
            "COBA update, 400,000 neurons, one thread",
            [
                ("hand-written, as the CLI computes it", benchmarks.HandWritten),
                ("hand-written, the model's own arithmetic", benchmarks.HandWrittenAsWritten),
                ("generated Update", benchmarks.Generated),
            ],
            rounds,
            callsPerRound: 5,
            warmUpCalls: 2000);
    }
}
