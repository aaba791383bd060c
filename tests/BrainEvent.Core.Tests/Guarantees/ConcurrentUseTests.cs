using System.Collections.Concurrent;
using System.Diagnostics;
using BrainEvent.Tests.Jit;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// 16 threads share matrices for a bounded time, each building chains afresh (same structures, other
/// constants), running vector, event, matrix and compiled products on them, while one thread keeps
/// changing <see cref="BrainEventSettings.MaxDegreeOfParallelism"/>. Every result equals, bit for bit, the
/// same call made afterwards on one thread, and the kernel cache compiles each distinct kernel once.
/// </summary>
/// <remarks>
/// Runs in the Jit cache collection, which runs alone: the compile counters and the thread setting are
/// process-wide. A kernel is distinct by matrix (class, element type, row length), chain template and
/// product shape; a compiled handle's kernel is the plain call's of the same shape, and homogeneous chains
/// compile nothing (they are one value).
/// </remarks>
[Collection(JitCacheCollection.Name)]
public class ConcurrentUseTests
{
    private const int Threads = 16;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2.5);

    [Fact]
    public void Sixteen_threads_agree_with_one_and_compile_each_kernel_once()
    {
        ILoadWorkload[] workloads =
        [
            new LoadWorkload<float, FixedPostNumConn<float>>(
                FixedPostNumConn<float>.Random(1500, 2000, 40, WeightInit.Uniform(-1, 1), seed: 1),
                new LoadTemplates<float>((x, g) => x * g, x => MathF.Max(x, 0f), (x, g) => (x * g) + 0.125f),
                seed: 11),
            new LoadWorkload<double, FixedPreNumConn<double>>(
                FixedPreNumConn<double>.Random(1200, 1800, 30, WeightInit.Normal(0.5, 0.1), seed: 2),
                new LoadTemplates<double>((x, g) => x * g, x => Math.Max(x, 0.0), (x, g) => (x * g) + 0.125),
                seed: 12),
            new LoadWorkload<double, FixedPostNumConn<double>>(
                FixedPostNumConn<double>.Random(2000, 1000, 20, 0.25, seed: 3),
                new LoadTemplates<double>((x, g) => x * g, x => Math.Max(x, 0.0), (x, g) => (x * g) + 0.125),
                seed: 13),
        ];
        var operations = Enum.GetValues<LoadOperation>();
        int savedThreads = BrainEventSettings.MaxDegreeOfParallelism;
        BrainEventJit.ClearCache();
        var before = BrainEventJit.Statistics;

        var first = new ConcurrentDictionary<(int, int, int, LoadOperation), byte[]>();
        var kernels = new ConcurrentDictionary<(int, int, LoadOperation), bool>();
        var failures = new ConcurrentQueue<string>();
        var calls = new int[Threads];
        var deadline = Stopwatch.StartNew();
        try
        {
            var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                var random = new Random(100 + t);
                while (deadline.Elapsed < Duration && failures.IsEmpty)
                {
                    if (t == 0)
                    {
                        BrainEventSettings.MaxDegreeOfParallelism = new[] { 1, 2, 4, 16 }[random.Next(4)];
                    }

                    var key = (random.Next(workloads.Length), random.Next(LoadTemplates<float>.Count), random.Next(3), operations[random.Next(operations.Length)]);
                    var (matrix, template, constant, operation) = key;
                    try
                    {
                        var result = workloads[matrix].Run(template, constant, operation);
                        if (!first.GetOrAdd(key, result).AsSpan().SequenceEqual(result))
                        {
                            failures.Enqueue($"{key}: two threads got different results");
                        }
                    }
                    catch (Exception error)
                    {
                        failures.Enqueue($"{key}: {error}");
                    }

                    if (workloads[matrix].Compiles && template != 0)
                    {
                        kernels.TryAdd((matrix, template, Shape(operation)), true);
                    }

                    calls[t]++;
                }
            })).ToArray();
            foreach (var worker in workers)
            {
                worker.Start();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
        finally
        {
            BrainEventSettings.MaxDegreeOfParallelism = savedThreads;
        }

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(5)));
        Assert.All(calls, n => Assert.True(n > 0, "a thread made no call"));

        // The same calls, one at a time, on one thread.
        using (Kernels.ThreadSettingsCollection.Use(1))
        {
            foreach (var ((matrix, template, constant, operation), result) in first)
            {
                Assert.True(workloads[matrix].Run(template, constant, operation).AsSpan().SequenceEqual(result), $"{(matrix, template, constant, operation)} differs from one thread");
            }
        }

        var after = BrainEventJit.Statistics;
        Assert.Equal(0, after.Evictions - before.Evictions);
        Assert.Equal(kernels.Count, after.Compilations - before.Compilations);
        Assert.Equal(kernels.Count, after.Misses - before.Misses);
        Assert.True(first.Count > 100, $"only {first.Count} distinct calls in {calls.Sum()}");
    }

    /// <summary>The kernel a call needs: a compiled handle's is the plain call's of the same shape.</summary>
    private static LoadOperation Shape(LoadOperation operation) => operation switch
    {
        LoadOperation.CompiledVecMatBits => LoadOperation.VecMatBits,
        LoadOperation.CompiledMatVec => LoadOperation.MatVec,
        _ => operation,
    };
}
