using BrainEvent.Tests.Kernels;

namespace BrainEvent.Tests.Jit;

/// <summary>Fused calls read captured variables at call time, allocate nothing, and have a reusable handle.</summary>
[Collection(JitCacheCollection.Name)]
public class FusedCallTests
{
    private static readonly Problem Shape = new(FixedNumConnKind.FixedPost, 2000, 1500, 40, false, false, 0.05, 23);

    [Fact]
    public void A_cached_fused_call_allocates_nothing()
    {
        var w = (FixedPostNumConn<float>)Shape.Build<float>();
        float gain = 0.5f;
        var chain = ((w * 1.5f) + 0.25f).Apply(x => MathF.Min(x * gain, 1.2f));
        var v = Shape.Vector<float>(w.NumPost, 1);
        var u = Shape.Vector<float>(w.NumPre, 2);
        var bits = BitSpikes.FromBools(Shape.Spikes(w.NumPre, 3));
        var bools = Shape.Spikes(w.NumPost, 4);
        var yPre = new float[w.NumPre];
        var yPost = new float[w.NumPost];

        void All()
        {
            chain.MatVec(v, yPre);
            chain.VecMat(u, yPost);
            chain.VecMat(bits, yPost);
            chain.MatVec(bools, yPre);
        }

        All();
        All();
        long before = GC.GetAllocatedBytesForCurrentThread();
        All();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Captured_variables_are_read_at_each_call()
    {
        var w = (FixedPostNumConn<double>)Shape.Build<double>();
        double gain = 1;
        var chain = w.Apply(x => x * gain);
        var spikes = BitSpikes.FromBools(Shape.Spikes(w.NumPre, 5));
        var once = chain.VecMat(spikes);
        gain = 3;
        var thrice = chain.VecMat(spikes);
        for (int j = 0; j < once.Length; j++)
        {
            Assert.Equal(3 * once[j], thrice[j], 12);
        }
    }

    [Fact]
    public void A_chain_without_a_vector_form_runs_as_a_fused_scalar_loop()
    {
        var w = (FixedPostNumConn<float>)Shape.Build<float>();
        var chain = w.Apply(x => MathF.Sin(x) + (x % 0.25f));
        var v = Shape.Vector<float>(w.NumPost, 6);
        var before = BrainEventJit.Statistics;
        var fused = chain.MatVec(v);
        Assert.True(BrainEventJit.Statistics.Misses + BrainEventJit.Statistics.Hits > before.Misses + before.Hits, "the product went through the compiler");
        var interpreted = w.WithData(Interpreted.Values(chain));
        var expected = interpreted.MatVec(v);
        for (int i = 0; i < fused.Length; i++)
        {
            Assert.Equal(expected[i], fused[i], 1e-4f);
        }
    }

    [Fact]
    public void The_compiled_handle_runs_the_chain_and_other_weights_of_its_structure()
    {
        var w = (FixedPostNumConn<float>)Shape.Build<float>();
        var chain = (w * 0.5f).Apply(x => MathF.Max(x, 0.05f));
        var step = chain.CompileVecMat();
        var spikes = Shape.Spikes(w.NumPre, 7);
        var bits = BitSpikes.FromBools(spikes);
        var result = new float[w.NumPost];

        step.Invoke(bits, result);
        Assert.Equal(chain.VecMat(bits), result);
        step.Invoke(spikes, result);
        Assert.Equal(chain.VecMat(spikes), result);

        var renewed = (w.WithData(Shape.Vector<float>(w.Nse, 8)) * 0.25f).Apply(x => MathF.Max(x, 0.1f));
        step.Invoke(renewed, bits, result);
        Assert.Equal(renewed.VecMat(bits), result);

        var otherBody = (w * 0.5f).Apply(x => MathF.Min(x, 0.05f));
        var error = Assert.Throws<ArgumentException>(() => step.Invoke(otherBody, bits, result));
        Assert.Equal("weights", error.ParamName);

        // WithData gives a plain matrix: the chain's graph is part of the structure the handle was compiled for.
        var plain = chain.WithData(Shape.Vector<float>(w.Nse, 9));
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => step.Invoke(plain, bits, result)).ParamName);

        var before = BrainEventJit.Statistics;
        step.Invoke(bits, result);
        Assert.Equal(before.Hits, BrainEventJit.Statistics.Hits);
    }
}
