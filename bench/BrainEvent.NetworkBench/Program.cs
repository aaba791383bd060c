using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BrainEvent.Distributed;
using BrainEvent.NetworkBench;
using BrainEvent.Networks;

// brainevent-networkbench [--scale S] [--duration SECONDS] [--seed N] [--threads T] [--no-flush] [--stdp] [--repeat R] [--json PATH]
//                         [--delay MS] [--mpi] [--model vector|generated|alternate]
// Runs the COBA benchmark through BrainEvent.Networks in runs of one simulated second and prints one JSON line
// with the same fields as the C reference's (../shared/perf/coba-c), plus the wall time of each second.
// --stdp makes the excitatory synapses learn by the default PairStdp (the rule), each starting at 0.6.
// --repeat R builds and runs the network R times in this process (one line each; --json gets the last).
// --delay MS delays every synapse (0 by default). --mpi distributes the network over the ranks of mpirun
// (threads are not pinned); rank 0 prints the line, with the spike exchange's cost.
// --model: the hand-vectorised CobaLifVector (the default), the shipped BrainEvent.Models.CobaLif through the
// generator, or both alternately (vector first) in each repeat.
var options = BenchOptions.Parse(args);
if (options.Mpi)
{
    return MpiCommunicator.Run(world =>
    {
        RunAll(options, world);
        return 0;
    });
}

RunAll(options, null);
return 0;

static void RunAll(BenchOptions options, MpiCommunicator? world)
{
    for (int repeat = 0; repeat < options.Repeat; repeat++)
    {
        if (options.Model != "generated")
        {
            RunOnce(options, world, CobaLifVector.Benchmark);
        }

        if (options.Model != "vector")
        {
            RunOnce(options, world, BrainEvent.Models.CobaLif.Benchmark);
        }
    }
}

static void RunOnce<TModel>(BenchOptions options, MpiCommunicator? world, TModel template)
    where TModel : struct, INeuronModel<TModel>
{
    var clock = Stopwatch.StartNew();
    using var network = new Network(new NetworkOptions
    {
        Dt = 0.1,
        Seed = options.Seed,
        Threads = options.Threads,
        FlushDenormals = options.Flush,
        World = world,
    });
    var (all, excitatory, plastic) = CobaNetwork.Build(network, options.Scale, options.Seed, template, options.Stdp ? new PairStdp() : null, options.DelayMs);
    var excitatoryRate = network.RecordRate(all[..excitatory], binMs: 1000);
    var inhibitoryRate = network.RecordRate(all[excitatory..], binMs: 1000);
    double buildSeconds = clock.Elapsed.TotalSeconds;

    var secondWalls = new List<double>();
    for (double done = 0; done < options.DurationSeconds - 1e-9; done += 1)
    {
        double wallBefore = network.Timings.WallSeconds;
        network.Run(Math.Min(1, options.DurationSeconds - done) * 1000);
        secondWalls.Add(network.Timings.WallSeconds - wallBefore);
    }

    var t = network.Timings;
    long spikesE = excitatoryRate.GatherSpikesPerBin().Sum();
    long spikesI = inhibitoryRate.GatherSpikesPerBin().Sum();
    var exchange = network.ExchangeStats;
    double longestExchange = world?.Allreduce(exchange.Seconds, MpiOp.Max) ?? 0;
    double shortestExchange = world?.Allreduce(exchange.Seconds, MpiOp.Min) ?? 0;
    double longestWork = world?.Allreduce(t.DeliverySeconds + t.UpdateSeconds, MpiOp.Max) ?? t.DeliverySeconds + t.UpdateSeconds;
    double simulated = network.TimeMs / 1000;
    var summary = new Dictionary<string, object>
    {
        ["simulator"] = "brainevent-networks",
        ["model"] = typeof(TModel).FullName!,
        ["scale"] = options.Scale,
        ["neurons"] = all.Count,
        ["synapses"] = (long)all.Count * CobaNetwork.TargetsPerNeuron,
        ["steps"] = network.Step,
        ["simulated_seconds"] = simulated,
        ["seed"] = options.Seed,
        ["threads"] = network.Threads,
        ["flush_denormals"] = options.Flush,
        ["stdp"] = options.Stdp,
        ["wall_seconds"] = t.WallSeconds,
        ["propagation_seconds"] = t.DeliverySeconds,
        ["update_seconds"] = t.UpdateSeconds + t.WaitSeconds,
        ["update_only_seconds"] = t.UpdateSeconds,
        ["barrier_seconds"] = t.WaitSeconds,
        ["build_seconds"] = buildSeconds,
        ["spikes_exc"] = spikesE,
        ["spikes_inh"] = spikesI,
        ["rate_exc_hz"] = spikesE / (excitatory * simulated),
        ["rate_inh_hz"] = spikesI / ((all.Count - excitatory) * simulated),
        ["events_per_second"] = (spikesE + spikesI) * (double)CobaNetwork.TargetsPerNeuron / t.WallSeconds,
        ["ns_per_event"] = t.WallSeconds * 1e9 / ((spikesE + spikesI) * (double)CobaNetwork.TargetsPerNeuron),
        ["mean_exc_weight"] = plastic is null ? 0.6 : plastic.Weights().Average(),
        ["second_wall_seconds"] = secondWalls,
        ["delay_ms"] = options.DelayMs,
        ["ranks"] = world?.Size ?? 1,
        ["exchanges"] = exchange.Exchanges,
        ["exchange_seconds_rank0"] = exchange.Seconds,
        ["exchange_seconds_longest"] = longestExchange,
        ["exchange_seconds_shortest"] = shortestExchange,
        ["work_seconds_longest"] = longestWork,
        ["exchange_bytes_per_step_rank0"] = (exchange.BytesSent + exchange.BytesReceived) / (double)Math.Max(1, network.Step),
    };
    if (world is { Rank: not 0 })
    {
        return;
    }

    string json = JsonSerializer.Serialize(summary);
    Console.WriteLine(json);
    if (options.JsonPath is { } path)
    {
        File.WriteAllText(path, json + "\n");
    }
}

/// <summary>The command line.</summary>
internal sealed record BenchOptions(double Scale, double DurationSeconds, ulong Seed, int? Threads, bool Flush, bool Stdp, int Repeat, string? JsonPath, double DelayMs, bool Mpi, string Model)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(1, 1, 42, null, true, false, 1, null, 0, false, "vector");
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--scale" => o with { Scale = Number() },
                "--duration" => o with { DurationSeconds = Number() },
                "--seed" => o with { Seed = ulong.Parse(Next(), CultureInfo.InvariantCulture) },
                "--threads" => o with { Threads = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-flush" => o with { Flush = false },
                "--stdp" => o with { Stdp = true },
                "--repeat" => o with { Repeat = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--json" => o with { JsonPath = Next() },
                "--delay" => o with { DelayMs = Number() },
                "--mpi" => o with { Mpi = true },
                "--model" => o with { Model = Next() is var m && m is "vector" or "generated" or "alternate" ? m : throw new ArgumentException("--model must be vector, generated or alternate") },
                _ => throw new ArgumentException($"unknown option {args[i]}; see the comment at the top of Program.cs"),
            };
        }

        return o;
    }
}
