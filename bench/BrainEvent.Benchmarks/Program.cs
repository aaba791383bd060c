using BenchmarkDotNet.Running;
using BrainEvent.Benchmarks;

// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --neuron-models-interleaved [rounds]
// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --generated-kernels-interleaved [rounds [N nConn]]
// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --event-products-interleaved [rounds]
int? Argument(int i) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : null;
if (args.Length > 0 && args[0] == NeuronModelInterleaved.Option)
{
    NeuronModelInterleaved.Run(Argument(1) ?? 400);
    return;
}

if (args.Length > 0 && args[0] == GeneratedKernelInterleaved.Option)
{
    GeneratedKernelInterleaved.Run(Argument(1) ?? 40, Argument(2), Argument(3));
    return;
}

if (args.Length > 0 && args[0] == EventProductInterleaved.Option)
{
    EventProductInterleaved.Run(Argument(1) ?? 30);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
