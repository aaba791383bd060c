using BenchmarkDotNet.Running;
using BrainEvent.Benchmarks;

// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --neuron-models-interleaved [rounds]
if (args.Length > 0 && args[0] == NeuronModelInterleaved.Option)
{
    NeuronModelInterleaved.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
