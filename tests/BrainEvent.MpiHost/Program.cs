using System.Globalization;
using BrainEvent.Distributed;
using BrainEvent.MpiHost;

// Every rank runs the same subcommand; MpiCommunicator.Run aborts the job if one of them throws.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: BrainEvent.MpiHost collectives | pingbench [iterations] | die-rank R | throw-rank R | thread-throw-rank R | bad-argument R | fail-call | network coba|delays THREADS MS | states coba|delays THREADS MS | network-die-rank R | network-bad-run");
    return 2;
}

int Target() => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;

return MpiCommunicator.Run(world => args[0] switch
{
    "collectives" => Collectives.Run(world),
    "pingbench" => PingBench.Run(world, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000),
    "die-rank" => Failures.DieRank(world, Target()),
    "throw-rank" => Failures.ThrowRank(world, Target()),
    "thread-throw-rank" => Failures.ThreadThrowRank(world, Target()),
    "bad-argument" => Failures.BadArgument(world, Target()),
    "fail-call" => Failures.FailCall(world),
    "network" => NetworkRuns.Print(world, args[1], int.Parse(args[2], CultureInfo.InvariantCulture), double.Parse(args[3], CultureInfo.InvariantCulture)),
    "states" => NetworkRuns.PrintStates(world, args[1], int.Parse(args[2], CultureInfo.InvariantCulture), double.Parse(args[3], CultureInfo.InvariantCulture)),
    "network-die-rank" => Failures.DieInNetwork(world, Target()),
    "network-bad-run" => Failures.BadNetworkRun(world),
    _ => throw new ArgumentException($"unknown subcommand {args[0]}"),
});
