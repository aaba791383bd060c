using BrainEvent.Distributed;
using BrainEvent.NetworkBench;
using BrainEvent.Networks;

namespace BrainEvent.MpiHost;

/// <summary>
/// The networks the MPI tests run on 1, 2 and 3 ranks, built by the same code with and without a world: the
/// tests run them in their own process as the single-process reference and compare every spike.
/// </summary>
public static class NetworkRuns
{
    public const ulong Seed = 42;

    /// <summary>The scenarios: COBA at scale 1 with 1 ms delays, and a COBA network whose excitatory synapses each have their own delay.</summary>
    public static readonly string[] Names = ["coba", "delays"];

    /// <summary>
    /// Builds network <paramref name="name"/> over <paramref name="world"/> (null: this process), runs it for
    /// <paramref name="ms"/> ms in two runs (the second continues the first) and returns every rank's spikes.
    /// </summary>
    public static (int[] Steps, int[] Neurons) Run(string name, MpiCommunicator? world, int threads, double ms, IProgress<NetworkProgress>? progress = null)
    {
        using var network = NewNetwork(world, threads);
        var all = Build(name, network);
        var spikes = network.RecordSpikes(all);
        network.Run(ms / 2, progress);
        network.Run(ms / 2, progress);
        if (world is not null)
        {
            var own = all.Owned.GetOffsetAndLength(all.Count);
            var stats = network.ExchangeStats;
            Console.Out.Write(
                $"rank {world.Rank} owns [{own.Offset}, {own.Offset + own.Length}) of {all.Count}, {spikes.Count} spikes, " +
                $"{stats.Exchanges} exchanges, {stats.BytesSent} bytes sent, {stats.BytesReceived} received\n");
        }

        return spikes.GatherSpikes();
    }

    /// <summary>
    /// Builds network <paramref name="name"/> as <see cref="Run"/> does and returns, gathered from every rank, V of
    /// every 97th neuron and the last sampled every 7 steps over two runs of <paramref name="ms"/> / 2 ms each.
    /// </summary>
    public static float[,] States(string name, MpiCommunicator? world, int threads, double ms)
    {
        using var network = NewNetwork(world, threads);
        var all = Build(name, network);
        int[] neurons = [.. Enumerable.Range(0, all.Count).Where(n => n % 97 == 0), all.Count - 1];
        var v = network.RecordState(all, "V", neurons, every: 7);
        network.Run(ms / 2);
        network.Run(ms / 2);
        return v.GatherStates();
    }

    /// <summary>The FNV-1a hash of the spikes' steps and neurons, in order: what the ranks print and the tests compare.</summary>
    public static ulong Hash((int[] Steps, int[] Neurons) spikes)
    {
        ulong hash = 14695981039346656037;
        for (int i = 0; i < spikes.Steps.Length; i++)
        {
            foreach (int value in new[] { spikes.Steps[i], spikes.Neurons[i] })
            {
                hash = (hash ^ (uint)value) * 1099511628211;
            }
        }

        return hash;
    }

    /// <summary>The FNV-1a hash of the values' bits, row by row: what the ranks print and the tests compare.</summary>
    public static ulong Hash(float[,] values)
    {
        ulong hash = 14695981039346656037;
        foreach (float value in values)
        {
            hash = (hash ^ BitConverter.SingleToUInt32Bits(value)) * 1099511628211;
        }

        return hash;
    }

    /// <summary>Rank 0 prints <c>r0 states {name} = {samples} {neurons} {hash}</c>.</summary>
    public static int PrintStates(MpiCommunicator world, string name, int threads, double ms)
    {
        var values = States(name, world, threads, ms);
        if (world.Rank == 0)
        {
            Console.Out.Write($"r0 states {name} = {values.GetLength(0)} {values.GetLength(1)} {Hash(values)}\n");
        }

        return 0;
    }

    /// <summary>Rank 0 prints <c>r0 {name} = {spikes} {hash}</c>.</summary>
    public static int Print(MpiCommunicator world, string name, int threads, double ms)
    {
        var spikes = Run(name, world, threads, ms);
        if (world.Rank == 0)
        {
            Console.Out.Write($"r0 {name} = {spikes.Steps.Length} {Hash(spikes)}\n");
        }

        return 0;
    }

    private static Network NewNetwork(MpiCommunicator? world, int threads) =>
        new(new NetworkOptions { Dt = 0.1, Seed = Seed, Threads = threads, PinThreads = false, World = world });

    private static Population<CobaLifVector> Build(string name, Network network) => name switch
    {
        "coba" => CobaNetwork.Build(network, scale: 1, Seed, CobaLifVector.Benchmark, delayMs: 1.0).All,
        "delays" => BuildWithSynapseDelays(network),
        _ => throw new ArgumentException($"name must be one of {string.Join(", ", Names)}; got {name}.", nameof(name)),
    };

    // 2000 COBA neurons; excitatory synapses delayed 0 to 3 ms each (drawn per slot), inhibitory ones 0.5 ms.
    private static Population<CobaLifVector> BuildWithSynapseDelays(Network network)
    {
        const int neurons = 2000, excitatory = 1600, targets = 80;
        var all = network.AddPopulation(neurons, CobaLifVector.Benchmark);
        var random = Xoshiro256StarStar.ForStream(Xoshiro256StarStar.Mix64(Seed + 3), 0);
        all.SetVariable("V", _ => (float)(-55 + (2 * random.NextNormal())));

        var toExcitatory = FixedPostNumConn<float>.Random(excitatory, neurons, targets, 1.2f, Xoshiro256StarStar.Mix64(Seed + 1));
        var toInhibitory = FixedPostNumConn<float>.Random(neurons - excitatory, neurons, targets, 6.7f, Xoshiro256StarStar.Mix64(Seed + 2));
        var delays = new ushort[toExcitatory.Nse];
        var draws = Xoshiro256StarStar.ForStream(Xoshiro256StarStar.Mix64(Seed + 4), 0);
        for (int k = 0; k < delays.Length; k++)
        {
            delays[k] = (ushort)draws.NextInt32(31);
        }

        network.Connect(all[..excitatory], all, toExcitatory, into: "Ge", delays);
        network.Connect(all[excitatory..], all, toInhibitory, into: "Gi", delay: 0.5);
        return all;
    }
}
