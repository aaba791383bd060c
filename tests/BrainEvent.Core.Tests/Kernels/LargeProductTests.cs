using System.Numerics;
using BrainEvent.Kernels;
using BrainEvent.Tests.Reference;

namespace BrainEvent.Tests.Kernels;

/// <summary>
/// Products big enough to be cut into many chunks: results must not depend on the thread count, and the
/// span overloads must not allocate.
/// </summary>
[Collection(ThreadSettingsCollection.Name)]
public class LargeProductTests
{
    // 3000 stored rows x 40 = 120,000 slots into 200,000 columns: many chunks for every chunked kernel.
    private static readonly Problem Large = new(FixedNumConnKind.FixedPost, 3000, 200_000, 40, false, false, 0.05, 7);

    [Theory]
    [InlineData(FixedNumConnKind.FixedPost)]
    [InlineData(FixedNumConnKind.FixedPre)]
    public void Event_products_agree_at_every_thread_count(FixedNumConnKind kind)
    {
        var p = Large with { Kind = kind };
        var w = p.Build<float>();
        foreach (bool right in new[] { true, false })
        {
            var spikes = p.Spikes(right ? w.NumPost : w.NumPre, 1);
            var (expected, scale) = ReferenceProducts.Event(w, spikes, right);
            float[]? first = null;
            foreach (int threads in new[] { 1, 2, 8 })
            {
                var y = new float[right ? w.NumPre : w.NumPost];
                using (ThreadSettingsCollection.Use(threads))
                {
                    if (right)
                    {
                        w.MatVec(BitSpikes.FromBools(spikes), y);
                    }
                    else
                    {
                        w.VecMat(BitSpikes.FromBools(spikes), y);
                    }
                }

                first ??= y;
                Assert.True(first.AsSpan().SequenceEqual(y), $"{kind} right={right}: {threads} threads differ from 1");
            }

            ReferenceProducts.AssertClose<float>(expected, scale, w.Nse, first, $"{kind} right={right}");
        }
    }

    [Theory]
    [InlineData(FixedNumConnKind.FixedPost, false)]
    [InlineData(FixedNumConnKind.FixedPost, true)]
    [InlineData(FixedNumConnKind.FixedPre, false)]
    [InlineData(FixedNumConnKind.FixedPre, true)]
    public void Event_products_with_a_prefetching_helper_agree_with_the_plain_loops_at_every_thread_count(FixedNumConnKind kind, bool homogeneous)
    {
        // 8,200 rows x 128 = 1,049,600 slots (duplicate targets included): enough for the helper on both sides.
        var p = new Problem(kind, 8200, 50_000, 128, homogeneous, false, 0.05, 11);
        HelpedEventProductsAgree(p.Build<float>(), p);
        HelpedEventProductsAgree(p.Build<double>(), p);
    }

    private static void HelpedEventProductsAgree<T>(FixedNumConn<T> w, Problem p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.True(w.Nse >= KernelRules.HelpedEventSlots, $"{w.Nse} slots: too few for the helper");
        foreach (bool right in new[] { true, false })
        {
            foreach (double rate in new[] { 0.0, 0.05, 1.0 })
            {
                var spikes = (p with { Rate = rate }).Spikes(right ? w.NumPost : w.NumPre, 4);
                var (expected, scale) = ReferenceProducts.Event(w, spikes, right);
                string what = $"{p.Kind} {typeof(T).Name} homogeneous={p.Homogeneous} right={right} rate={rate}";
                T[]? first = null;
                foreach (int threads in new[] { 1, 2, 8 })
                {
                    var fromBools = new T[expected.Length];
                    var fromBits = new T[expected.Length];
                    using (ThreadSettingsCollection.Use(threads))
                    {
                        if (right)
                        {
                            w.MatVec(spikes, fromBools);
                            w.MatVec(BitSpikes.FromBools(spikes), fromBits);
                        }
                        else
                        {
                            w.VecMat(spikes, fromBools);
                            w.VecMat(BitSpikes.FromBools(spikes), fromBits);
                        }
                    }

                    first ??= fromBools;
                    Assert.True(first.AsSpan().SequenceEqual(fromBools), $"{what}: bool spikes on {threads} threads differ from 1");
                    Assert.True(first.AsSpan().SequenceEqual(fromBits), $"{what}: BitSpikes on {threads} threads differ from bool spikes on 1");
                }

                ReferenceProducts.AssertClose<T>(expected, scale, w.Nse, first, what);

                // The runtime compiler's event scatter, on a chain of the matrix: halved weights, so exactly half the result.
                var chain = w switch
                {
                    FixedPostNumConn<T> post => (FixedNumConn<T>)(post * T.CreateChecked(0.5)),
                    FixedPreNumConn<T> pre => pre * T.CreateChecked(0.5),
                    _ => throw new InvalidOperationException(),
                };
                var half = first!.Select(value => value * T.CreateChecked(0.5)).ToArray();
                foreach (int threads in new[] { 1, 2, 8 })
                {
                    T[] fused;
                    using (ThreadSettingsCollection.Use(threads))
                    {
                        fused = right ? [.. chain.MatVec(spikes), .. chain.MatVec(BitSpikes.FromBools(spikes))] : [.. chain.VecMat(spikes), .. chain.VecMat(BitSpikes.FromBools(spikes))];
                    }

                    Assert.True(fused.AsSpan().SequenceEqual([.. half, .. half]), $"{what}: the fused chain on {threads} threads is not half the product");
                }
            }
        }
    }

    [Theory]
    [InlineData(FixedNumConnKind.FixedPost)]
    [InlineData(FixedNumConnKind.FixedPre)]
    public void Fused_products_agree_at_every_thread_count(FixedNumConnKind kind)
    {
        var p = Large with { Kind = kind, Specials = true };
        var w = p.Build<double>();
        double cap = 0.75;
        var chain = w switch
        {
            FixedPostNumConn<double> post => (FixedNumConn<double>)(post * 1.5).Apply(x => Math.Min(Math.Abs(x), cap)),
            FixedPreNumConn<double> pre => (pre * 1.5).Apply(x => Math.Min(Math.Abs(x), cap)),
            _ => throw new InvalidOperationException(),
        };
        var v = p.Vector<double>(w.NumPost, 1);
        var u = p.Vector<double>(w.NumPre, 2);
        var bits = BitSpikes.FromBools(p.Spikes(w.NumPre, 3));
        var m = new double[w.NumPost, 5];
        double[]? first = null;
        foreach (int threads in new[] { 1, 2, 8 })
        {
            double[] all;
            using (ThreadSettingsCollection.Use(threads))
            {
                all = [.. chain.MatVec(v), .. chain.VecMat(u), .. chain.VecMat(bits), .. chain.MatMat(m).Cast<double>(), .. chain.Data.ToArray()];
            }

            first ??= all;
            Assert.True(first.AsSpan().SequenceEqual(all), $"{kind}: {threads} threads differ from 1");
        }
    }

    [Fact]
    public void Span_overloads_allocate_nothing_once_warm()
    {
        var w = Large.Build<double>();
        var v = Large.Vector<double>(w.NumPost, 1);
        var u = Large.Vector<double>(w.NumPre, 2);
        var spikesPost = Large.Spikes(w.NumPost, 3);
        var spikesPre = Large.Spikes(w.NumPre, 4);
        var bitsPost = BitSpikes.FromBools(spikesPost);
        var bitsPre = BitSpikes.FromBools(spikesPre);
        var yPre = new double[w.NumPre];
        var yPost = new double[w.NumPost];
        var m = new double[w.NumPost, 3];
        var mm = new double[w.NumPre, 3];
        var left = new double[3, w.NumPre];
        var leftResult = new double[3, w.NumPost];

        void All()
        {
            w.MatVec(v, yPre);
            w.VecMat(u, yPost);
            w.MatVec(spikesPost, yPre);
            w.VecMat(spikesPre, yPost);
            w.MatVec(bitsPost, yPre);
            w.VecMat(bitsPre, yPost);
            w.MatMat(m, mm);
            w.LeftMatMat(left, leftResult);
        }

        using (ThreadSettingsCollection.Use(2))
        {
            All();
            All();
            long before = GC.GetAllocatedBytesForCurrentThread();
            All();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
        }
    }
}
