using BenchmarkDotNet.Attributes;

namespace BrainEvent.Benchmarks;

/// <summary>
/// Building a random 1e6 x 1e6 FixedPostNumConn with 100 connections per row (1e8 connections, distinct
/// and sorted within each row): one homogeneous weight, or a normal weight per connection.
/// </summary>
[WarmupCount(1)]
[IterationCount(5)]
public class BuilderBenchmarks
{
    [Params(false, true)]
    public bool NormalWeights { get; set; }

    [Benchmark(Description = "Random(1e6, 1e6, nConn: 100)")]
    public FixedPostNumConn<float> Build() => NormalWeights
        ? FixedPostNumConn<float>.Random(1_000_000, 1_000_000, 100, WeightInit.Normal(0.5, 0.1), seed: 1)
        : FixedPostNumConn<float>.Random(1_000_000, 1_000_000, 100, 0.5f, seed: 1);
}
