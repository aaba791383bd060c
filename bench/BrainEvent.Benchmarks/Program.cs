using BenchmarkDotNet.Running;
using BrainEvent.Benchmarks;

// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --neuron-models-interleaved [rounds]
// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --generated-kernels-interleaved [rounds]
int Rounds(int fallback) => args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
if (args.Length > 0 && args[0] == NeuronModelInterleaved.Option)
{
    NeuronModelInterleaved.Run(Rounds(400));
    return;
}

if (args.Length > 0 && args[0] == GeneratedKernelInterleaved.Option)
{
    GeneratedKernelInterleaved.Run(Rounds(40));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
