namespace BrainEvent.Tests.Plasticity;

/// <summary>What an update means in the cases a user can check by hand: duplicates, clipping (every slot in the functional form, the updated ones in place), NaN, lazy and homogeneous matrices.</summary>
public class PlasticitySemanticsTests
{
    // Pre 0 targets post 1 twice and post 2 once; pre 1 targets posts 0, 2 and 2.
    private static readonly int[,] PostIndices = { { 1, 1, 2 }, { 0, 2, 2 } };
    private static readonly float[,] PostValues = { { 0.1f, 0.2f, 0.3f }, { 0.4f, 0.5f, 0.6f } };

    [Fact]
    public void Duplicate_slots_each_get_the_trace_once()
    {
        var w = new FixedPostNumConn<float>(PostValues, PostIndices, shape: (2, 3));
        float[] postTrace = [10, 20, 30];

        var onPre = w.UpdateOnPre([true, false], postTrace);
        Assert.Equal([20.1f, 20.2f, 30.3f, 0.4f, 0.5f, 0.6f], onPre.Data.ToArray());
        Assert.Equal(40.3f, onPre.ToDense()[0, 1], 5);

        // Post 2 is reached by three slots (one from pre 0, two from pre 1): each gets its pre's trace once.
        var onPost = w.UpdateOnPost([1, 2], [false, false, true]);
        Assert.Equal([0.1f, 0.2f, 1.3f, 0.4f, 2.5f, 2.6f], onPost.Data.ToArray());
    }

    [Fact]
    public void The_roles_swap_on_the_transpose()
    {
        var post = new FixedPostNumConn<double>(PostValues.Cast<float>().Select(v => (double)v).ToArray(), PostIndices.Cast<int>().ToArray(), 3, (2, 3));
        var pre = post.Transpose(); // FixedPre of shape (3, 2): W's pre neurons are the old post neurons
        double[] trace = [1, 2];
        bool[] spikes = [false, true, true];

        // UpdateOnPost of the FixedPost (its post = columns) is UpdateOnPre of the transpose (its pre = the same neurons).
        Assert.Equal(post.UpdateOnPost(trace, spikes).Data.ToArray(), pre.UpdateOnPre(spikes, trace).Data.ToArray());
        Assert.Equal(post.UpdateOnPre([true, false], [5, 6, 7]).Data.ToArray(), pre.UpdateOnPost([5, 6, 7], [true, false]).Data.ToArray());
    }

    [Fact]
    public void The_functional_form_clips_every_slot_and_the_in_place_form_only_the_updated_ones()
    {
        // Row 0 fires: 0.5 + 0.25 and 2 - 0.5 are clipped after the add. Row 1 is silent: -3 and 4 lie outside
        // [0, 1]; upstream's clip of the whole array pulls them onto the bounds, the in-place form leaves them.
        var w = new FixedPostNumConn<float>(new float[,] { { 0.5f, 2f }, { -3f, 4f } }, new[,] { { 0, 1 }, { 0, 1 } }, shape: (2, 2));
        var learned = w.UpdateOnPre([true, false], [0.25f, -0.5f], wMin: 0f, wMax: 1f);
        Assert.Equal([0.75f, 1f, 0f, 1f], learned.Data.ToArray());

        var buffer = w.Data.ToArray();
        w.UpdateOnPreInPlace(buffer, [true, false], [0.25f, -0.5f], wMin: 0f, wMax: 1f);
        Assert.Equal([0.75f, 1f, -3f, 4f], buffer);
        Assert.Equal([0.5f, 2f, -3f, 4f], w.Data.ToArray());

        // Through the mirror (post spikes on a FixedPost): column 0 (slots 0 and 2) fires, column 1 (slots 1 and 3) is silent.
        var onPost = w.UpdateOnPost([0.25f, 0.5f], [true, false], wMin: 0f, wMax: 1f);
        Assert.Equal([0.75f, 1f, 0f, 1f], onPost.Data.ToArray());
        buffer = w.Data.ToArray();
        w.UpdateOnPostInPlace(buffer, [0.25f, 0.5f], [true, false], wMin: 0f, wMax: 1f);
        Assert.Equal([0.75f, 2f, 0f, 4f], buffer);
    }

    [Fact]
    public void With_no_spikes_the_functional_form_still_clips_every_slot()
    {
        var w = new FixedPreNumConn<double>(new double[,] { { -2, 0.5, 3 } }, new[,] { { 0, 1, 1 } }, shape: (2, 1));
        Assert.Equal([-1, 0.5, 1], w.UpdateOnPre([false, false], [7], wMin: -1, wMax: 1).Data.ToArray());
        Assert.Equal([-1, 0.5, 1], w.UpdateOnPost([7, 7], BitSpikes.FromBools([false]), wMin: -1, wMax: 1).Data.ToArray());
        Assert.Equal([-2, 0.5, 1], w.UpdateOnPost([7, 7], [false], wMax: 1).Data.ToArray());
        Assert.Equal([-2, 0.5, 3], w.UpdateOnPost([7, 7], [false]).Data.ToArray());

        var buffer = w.Data.ToArray();
        w.UpdateOnPreInPlace(buffer, [false, false], [7], wMin: -1, wMax: 1);
        Assert.Equal([-2, 0.5, 3], buffer);
    }

    [Fact]
    public void Within_bounds_the_in_place_form_equals_upstream_and_outside_them_only_the_functional_form_does()
    {
        var w = FixedPostNumConn<double>.Random(50, 40, 9, WeightInit.Uniform(0.2, 0.8), seed: 3);
        var random = new Random(4);
        var trace = Enumerable.Range(0, 40).Select(_ => random.NextDouble() - 0.5).ToArray();
        var spikes = Enumerable.Range(0, 50).Select(_ => random.NextDouble() < 0.3).ToArray();
        var unclipped = PlasticityReference.Update<double>(w, w.Data.ToArray(), spikes, trace, null, null, onPre: true);

        // Every weight lies in [0.2, 0.8): clipping only the updated slots is clipping all of them.
        var upstream = PlasticityReference.ClipAll(unclipped, 0.2, 0.8);
        var buffer = w.Data.ToArray();
        w.UpdateOnPreInPlace(buffer, spikes, trace, 0.2, 0.8);
        PlasticityReference.Equal<double>(upstream, buffer, "in place, weights within the bounds");
        PlasticityReference.Equal<double>(upstream, w.UpdateOnPre(spikes, trace, 0.2, 0.8).Data.Span, "functional, weights within the bounds");

        // With bounds tighter than the weights, the functional form still equals upstream; in place, silent
        // slots outside the bounds keep their values.
        var upstreamTighter = PlasticityReference.ClipAll(unclipped, 0.25, 0.75);
        PlasticityReference.Equal<double>(upstreamTighter, w.UpdateOnPre(spikes, trace, 0.25, 0.75).Data.Span, "functional, tighter bounds");
        buffer = w.Data.ToArray();
        w.UpdateOnPreInPlace(buffer, spikes, trace, 0.25, 0.75);
        Assert.Contains(Enumerable.Range(0, buffer.Length), s => buffer[s] != upstreamTighter[s]);
    }

    [Fact]
    public void Values_at_the_bounds_stay_and_overshoots_land_on_them()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 0f, 1f, 0f, 1f } }, new[,] { { 0, 1, 2, 3 } }, shape: (1, 4));
        var learned = w.UpdateOnPre([true], [0f, 0f, -1e30f, float.PositiveInfinity], wMin: 0f, wMax: 1f);
        Assert.Equal([0f, 1f, 0f, 1f], learned.Data.ToArray());

        // One bound: the other side is open.
        Assert.Equal([-5f, 1f, 0f, 1f], w.UpdateOnPre([true], [-5f, 0f, 0f, 0f], wMax: 1f).Data.ToArray());
        Assert.Equal([0f, 6f, 0f, 1f], w.UpdateOnPre([true], [0f, 5f, 0f, 0f], wMin: 0f).Data.ToArray());
    }

    [Fact]
    public void A_NaN_trace_makes_the_weight_NaN_even_within_bounds()
    {
        var w = new FixedPreNumConn<double>(new double[,] { { 0.5, 0.5 } }, new[,] { { 0, 1 } }, shape: (2, 1));
        var learned = w.UpdateOnPost([double.NaN, 0.1], [true], wMin: 0, wMax: 1).Data.ToArray();
        Assert.True(double.IsNaN(learned[0]));
        Assert.Equal(0.6, learned[1]);

        // Through the mirror (pre spikes on a FixedPre) the same.
        Assert.True(double.IsNaN(w.UpdateOnPre([true, false], [double.NaN], 0, 1).Data.Span[0]));
    }

    [Fact]
    public void A_NaN_weight_of_a_silent_neuron_stays_NaN_and_infinities_land_on_the_bounds_as_with_jnp_clip()
    {
        var w = new FixedPostNumConn<float>(
            new float[,] { { 0.5f, 0.5f }, { float.NaN, float.NegativeInfinity }, { float.PositiveInfinity, 0.25f } },
            new[,] { { 0, 1 }, { 0, 1 }, { 0, 1 } },
            shape: (3, 2));
        float[] expected = [0.6f, 0.7f, float.NaN, 0f, 1f, 0.25f];
        PlasticityReference.Equal<float>(expected, w.UpdateOnPre([true, false, false], [0.1f, 0.2f], 0f, 1f).Data.Span, "stored values");
        PlasticityReference.Equal<float>(expected, w.Apply(x => x).UpdateOnPre([true, false, false], [0.1f, 0.2f], 0f, 1f).Data.Span, "a lazy chain");

        // Long enough for whole vectors: slots 10, 12 and 17 of the silent row lie in the vector part and the tail.
        var values = Enumerable.Range(0, 18).Select(i => i * 0.05).ToArray();
        (values[10], values[12], values[17]) = (double.NaN, double.PositiveInfinity, double.NegativeInfinity);
        var wide = new FixedPostNumConn<double>(values, Enumerable.Range(0, 18).Select(i => i % 4).ToArray(), 9, (2, 4));
        var upstream = PlasticityReference.UpstreamUpdate<double>(wide, values, [false, false], new double[4], 0.1, 0.6, onPre: true);
        Assert.True(double.IsNaN(upstream[10]) && upstream[12] == 0.6 && upstream[17] == 0.1 && upstream[0] == 0.1);
        PlasticityReference.Equal<double>(upstream, wide.UpdateOnPre([false, false], new double[4], 0.1, 0.6).Data.Span, "whole vectors");
    }

    [Fact]
    public void A_lazy_chain_is_evaluated_first()
    {
        var w = FixedPreNumConn<float>.Random(30, 20, 7, WeightInit.Uniform(0, 1), seed: 9);
        float gain = 2f;
        var chain = w.Apply(x => x * gain);
        bool[] spikes = Enumerable.Range(0, 30).Select(i => i % 3 == 0).ToArray();
        float[] trace = Enumerable.Range(0, 20).Select(i => i * 0.01f).ToArray();

        var learned = chain.UpdateOnPre(spikes, trace, 0f, 1.5f);
        Assert.False(learned.IsLazy);
        Assert.True(chain.IsLazy);
        Assert.Equal(chain.Evaluate().UpdateOnPre(spikes, trace, 0f, 1.5f).Data.ToArray(), learned.Data.ToArray());
    }

    [Fact]
    public void The_result_shares_the_structure_and_the_mirror()
    {
        var w = FixedPostNumConn<float>.Random(40, 30, 8, WeightInit.Uniform(0, 1), seed: 2);
        var learned = w.UpdateOnPost(new float[40], new bool[30]);
        Assert.Same(w.ColumnMirror, learned.ColumnMirror);
        Assert.True(w.Indices.Equals(learned.Indices));
        Assert.False(w.Data.Equals(learned.Data));
        Assert.Equal(w.Data.ToArray(), learned.Data.ToArray());
    }

    [Fact]
    public void Homogeneous_matrices_cannot_learn()
    {
        var w = FixedPostNumConn<float>.Random(10, 10, 3, 0.5f, seed: 1);
        var bits = new BitSpikes(10);
        foreach (var learn in new Action[]
        {
            () => w.UpdateOnPre(new bool[10], new float[10]),
            () => w.UpdateOnPre(bits, new float[10]),
            () => w.UpdateOnPost(new float[10], new bool[10]),
            () => w.Transpose().UpdateOnPost(new float[10], bits),
            () => (w * 2f).UpdateOnPre(new bool[10], new float[10]),
        })
        {
            var error = Assert.Throws<InvalidOperationException>(learn);
            Assert.Contains("a homogeneous matrix has one shared weight", error.Message);
            Assert.Contains("build it with per-synapse values", error.Message);
        }
    }

    [Fact]
    public void The_in_place_form_uses_only_the_structure_so_a_homogeneous_one_serves()
    {
        var w = FixedPostNumConn<float>.Random(10, 10, 3, 0.5f, seed: 1);
        var weights = Enumerable.Repeat(0.5f, w.Nse).ToArray();
        var spikes = Enumerable.Range(0, 10).Select(i => i < 4).ToArray();
        var trace = Enumerable.Range(0, 10).Select(i => i * 0.1f).ToArray();

        w.UpdateOnPreInPlace(weights, spikes, trace, 0f, 1f);
        var heterogeneous = w.WithData(Enumerable.Repeat(0.5f, w.Nse).ToArray());
        Assert.Equal(heterogeneous.UpdateOnPre(spikes, trace, 0f, 1f).Data.ToArray(), weights);
        Assert.Equal([0.5f], w.Data.ToArray());
    }
}
