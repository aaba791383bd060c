using System.Linq.Expressions;
using BrainEvent.Tests.Kernels;

namespace BrainEvent.Tests.Jit;

/// <summary>Kernels are cached by structure: constants and captured values are arguments, lambda bodies are not.</summary>
[Collection(JitCacheCollection.Name)]
public class JitCacheTests
{
    private static readonly Problem Shape = new(FixedNumConnKind.FixedPost, 300, 200, 20, false, false, 0.1, 17);

    [Fact]
    public void Same_structure_with_other_constants_is_a_cache_hit()
    {
        var w = (FixedPostNumConn<float>)Shape.Build<float>();
        var v = Shape.Vector<float>(w.NumPost, 1);
        float cap = 0.3f;
        _ = ((w * 2f) + 0.5f).Apply(x => MathF.Max(x, cap)).MatVec(v); // compiles, if this is the first time

        var before = BrainEventJit.Statistics;
        cap = 0.8f;
        var other = ((w * 3f) + 1.5f).Apply(x => MathF.Max(x, cap));
        var result = other.MatVec(v);
        var after = BrainEventJit.Statistics;

        Assert.Equal(before.Compilations, after.Compilations);
        Assert.Equal(before.Hits + 1, after.Hits);
        Assert.Equal(other.Evaluate().MatVec(v), result);
    }

    [Fact]
    public void A_different_lambda_body_compiles_a_new_kernel()
    {
        var w = (FixedPostNumConn<double>)Shape.Build<double>();
        var v = Shape.Vector<double>(w.NumPost, 2);
        _ = w.Apply(x => Math.Min(x * 1.25, 0.4)).MatVec(v);

        var before = BrainEventJit.Statistics;
        var result = w.Apply(x => Math.Max(x * 1.25, 0.4)).MatVec(v);
        var after = BrainEventJit.Statistics;

        Assert.Equal(before.Compilations + 1, after.Compilations);
        Assert.Equal(before.Misses + 1, after.Misses);
        Assert.True(after.CompileTime > before.CompileTime);
        Assert.Equal(w.Apply(x => Math.Max(x * 1.25, 0.4)).Evaluate().MatVec(v), result);
    }

    [Fact]
    public void Sixteen_threads_compile_each_distinct_key_once_and_agree_with_the_reference()
    {
        BrainEventJit.ClearCache();
        var w = (FixedPostNumConn<float>)Shape.Build<float>();
        var v = Shape.Vector<float>(w.NumPost, 3);
        Expression<Func<float, float, float>>[] bodies =
        [
            (x, g) => MathF.Min(x * g, 0.9f),
            (x, g) => MathF.Max(x - g, -0.2f),
            (x, g) => x > g ? x : g * 0.5f,
            (x, g) => MathF.Abs(x) * g + 0.125f,
        ];
        var before = BrainEventJit.Statistics;
        using var start = new Barrier(16);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int round = 0; round < 5; round++)
            {
                float gain = 0.1f * (t + round);
                var chain = w.Apply2(gain, bodies[t % bodies.Length]);
                var expected = chain.Evaluate().MatVec(v);
                if (!expected.AsSpan().SequenceEqual(chain.MatVec(v)))
                {
                    failures.Add($"thread {t} round {round}");
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        var after = BrainEventJit.Statistics;

        Assert.Empty(failures);
        // Each body needs a gather kernel and a map kernel (Evaluate): 2 keys per body.
        Assert.Equal(2 * bodies.Length, after.Compilations - before.Compilations);
    }

    [Fact]
    public void The_cache_evicts_the_least_recently_used_kernel_beyond_its_capacity()
    {
        int capacity = BrainEventJit.CacheCapacity;
        try
        {
            BrainEventJit.ClearCache();
            BrainEventJit.CacheCapacity = 2;
            var w = (FixedPostNumConn<float>)Shape.Build<float>();
            var v = Shape.Vector<float>(w.NumPost, 4);
            var first = w.Apply(x => x * x);
            var second = w.Apply(x => x + x);
            var third = w.Apply(x => x - 0.5f);
            first.MatVec(v);
            second.MatVec(v);
            first.MatVec(v);   // first is now the most recent
            var before = BrainEventJit.Statistics;
            third.MatVec(v);   // evicts second
            first.MatVec(v);   // still cached
            second.MatVec(v);  // compiled again
            var after = BrainEventJit.Statistics;

            Assert.Equal(2, after.CachedKernels);
            Assert.Equal(before.Compilations + 2, after.Compilations);
            Assert.Equal(before.Evictions + 2, after.Evictions);
        }
        finally
        {
            BrainEventJit.CacheCapacity = capacity;
        }
    }
}
