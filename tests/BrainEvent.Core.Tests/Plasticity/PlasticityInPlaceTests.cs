namespace BrainEvent.Tests.Plasticity;

/// <summary>The in-place form in a simulation loop: no allocation, and products of a matrix over the same buffer see the updates.</summary>
public class PlasticityInPlaceTests
{
    [Fact]
    public void The_in_place_forms_allocate_nothing_once_the_mirror_exists()
    {
        var post = FixedPostNumConn<float>.Random(2000, 1500, 50, WeightInit.Uniform(0, 1), seed: 5);
        var pre = FixedPreNumConn<double>.Random(1500, 2000, 50, WeightInit.Uniform(0, 1), seed: 6);
        _ = post.ColumnMirror;
        _ = pre.ColumnMirror;
        var postWeights = post.Data.ToArray();
        var preWeights = pre.Data.ToArray();
        var random = new Random(7);
        bool[] spikesOf2000 = Enumerable.Range(0, 2000).Select(_ => random.NextDouble() < 0.1).ToArray();
        bool[] spikesOf1500 = Enumerable.Range(0, 1500).Select(_ => random.NextDouble() < 0.1).ToArray();
        var bitsOf2000 = BitSpikes.FromBools(spikesOf2000);
        var bitsOf1500 = BitSpikes.FromBools(spikesOf1500);
        float[] floatTraceOf1500 = new float[1500], floatTraceOf2000 = new float[2000];
        double[] doubleTraceOf1500 = new double[1500], doubleTraceOf2000 = new double[2000];

        void All()
        {
            post.UpdateOnPreInPlace(postWeights, spikesOf2000, floatTraceOf1500, 0f, 1f);
            post.UpdateOnPreInPlace(postWeights, bitsOf2000, floatTraceOf1500, 0f, 1f);
            post.UpdateOnPostInPlace(postWeights, floatTraceOf2000, spikesOf1500, 0f, 1f);
            post.UpdateOnPostInPlace(postWeights, floatTraceOf2000, bitsOf1500);
            pre.UpdateOnPreInPlace(preWeights, spikesOf1500, doubleTraceOf2000, 0.0, 1.0);
            pre.UpdateOnPreInPlace(preWeights, bitsOf1500, doubleTraceOf2000);
            pre.UpdateOnPostInPlace(preWeights, doubleTraceOf1500, spikesOf2000, 0.0, 1.0);
            pre.UpdateOnPostInPlace(preWeights, doubleTraceOf1500, bitsOf2000);
        }

        All();
        All();
        long before = GC.GetAllocatedBytesForCurrentThread();
        All();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_matrix_over_the_buffer_sees_the_updates_in_row_scan_products_and_after_WithData_in_mirror_products()
    {
        var built = FixedPostNumConn<float>.Random(300, 200, 20, WeightInit.Uniform(0, 1), seed: 8);
        float[] weights = built.Data.ToArray();
        int[] indices = built.Indices.ToArray();
        var w = new FixedPostNumConn<float>(weights, indices, nConn: 20, shape: (300, 200));
        var random = new Random(9);
        var preTrace = new float[300];
        var postTrace = new float[200];
        float[] input = new float[200], expectedInput = new float[200], rowInput = new float[300], expectedRowInput = new float[300];

        for (int step = 0; step < 20; step++)
        {
            var preSpikes = BitSpikes.FromBools(Enumerable.Range(0, 300).Select(_ => random.NextDouble() < 0.1).ToArray());
            var postSpikes = Enumerable.Range(0, 200).Select(_ => random.NextDouble() < 0.1).ToArray();
            for (int i = 0; i < 300; i++)
            {
                preTrace[i] = (float)(random.NextDouble() * 0.02 - 0.01);
            }

            for (int j = 0; j < 200; j++)
            {
                postTrace[j] = (float)(random.NextDouble() * 0.02 - 0.01);
            }

            w.UpdateOnPreInPlace(weights, preSpikes, postTrace, 0f, 1f);
            w.UpdateOnPostInPlace(weights, preTrace, postSpikes, 0f, 1f);
            var fresh = new FixedPostNumConn<float>(weights.ToArray(), indices, 20, (300, 200));

            // spikes @ W reads the stored rows: the matrix over the buffer sees each update as it is.
            w.VecMat(preSpikes, input);
            fresh.VecMat(preSpikes, expectedInput);
            Assert.Equal(expectedInput, input);

            // W @ spikes goes through the mirror, which keeps its own ordered copy: rewrap the buffer first.
            w = w.WithData(weights);
            w.MatVec(postSpikes, rowInput);
            fresh.MatVec(postSpikes, expectedRowInput);
            Assert.Equal(expectedRowInput, rowInput);
        }
    }

    [Fact]
    public void In_place_and_functional_agree_over_many_steps()
    {
        var w = FixedPreNumConn<double>.Random(400, 300, 30, WeightInit.Uniform(0, 1), seed: 10);
        var weights = w.Data.ToArray();
        var learned = w;
        var random = new Random(11);
        for (int step = 0; step < 10; step++)
        {
            var preSpikes = Enumerable.Range(0, 400).Select(_ => random.NextDouble() < 0.2).ToArray();
            var postSpikes = BitSpikes.FromBools(Enumerable.Range(0, 300).Select(_ => random.NextDouble() < 0.2).ToArray());
            var preTrace = Enumerable.Range(0, 400).Select(_ => random.NextDouble() - 0.5).ToArray();
            var postTrace = Enumerable.Range(0, 300).Select(_ => random.NextDouble() - 0.5).ToArray();

            learned = learned.UpdateOnPre(preSpikes, postTrace, 0.0, 1.0).UpdateOnPost(preTrace, postSpikes, 0.0, 1.0);
            w.UpdateOnPreInPlace(weights, preSpikes, postTrace, 0.0, 1.0);
            w.UpdateOnPostInPlace(weights, preTrace, postSpikes, 0.0, 1.0);
            PlasticityReference.Equal<double>(learned.Data.Span, weights, $"step {step}");
        }
    }
}
