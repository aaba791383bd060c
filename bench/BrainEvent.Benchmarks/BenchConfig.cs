using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BrainEvent.Benchmarks;

/// <summary>
/// One job with a bounded number of iterations (the large cases take ~100 ms each), the median and the
/// ratio to each class's baseline, allocations, and GitHub-markdown tables for bench/README.md. It runs in
/// the host process, so all methods of a parameter set share one <see cref="Workload"/>: with 4 KB pages,
/// where a large buffer lands changes a random-access kernel's time by up to 2x from process to process,
/// more than the differences being compared.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("bench"))
            .AddColumn(StatisticColumn.Median)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
}
