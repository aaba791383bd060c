using BenchmarkDotNet.Running;
using BrainEvent.Benchmarks;

// dotnet run -c Release --project bench/BrainEvent.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
