namespace BrainEvent.Tests.GradientRules;

/// <summary>The vector VJPs with output spans allocate nothing once the pool and the column mirror are warm.</summary>
public class GradientsAllocationTests
{
    [Fact]
    public void Vector_vjps_with_output_spans_allocate_nothing()
    {
        var w = FixedPostNumConn<float>.Random(300, 400, 20, WeightInit.Normal(0, 1), seed: 3);
        var (post, pre) = (new float[400], new float[300]);
        var (dWeights, dPost, dPre) = (new float[w.Nse], new float[400], new float[300]);
        var spikes = new bool[300];
        var bits = new BitSpikes(300);
        var silent = new BitSpikes(400);
        spikes[7] = true;
        bits.Set(7);

        void Run()
        {
            Gradients.MatVecVjp(w, post, pre, dWeights, dPost);
            Gradients.VecMatVjp(w, pre, post, dWeights, dPre);
            Gradients.VecMatVjp(w, spikes, post, dWeights, dPre);
            Gradients.MatVecVjp(w, silent, pre, dWeights, dPost);
            Gradients.VecMatVjp(w, bits, post, dWeights, dPre);
        }

        Run();
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
