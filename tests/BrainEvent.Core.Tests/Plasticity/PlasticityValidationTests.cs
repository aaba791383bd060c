namespace BrainEvent.Tests.Plasticity;

/// <summary>Bad arguments are ArgumentExceptions naming the argument, what was expected and what was given, before anything changes.</summary>
public class PlasticityValidationTests
{
    // 3 pre x 5 post, 2 connections per pre neuron: Nse = 6.
    private static readonly FixedPostNumConn<float> W =
        new(new float[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, new[,] { { 0, 4 }, { 1, 1 }, { 2, 3 } }, shape: (3, 5));

    public static TheoryData<string, string, string> LengthCases => new()
    {
        { "preSpikes", "length 3 (NumPre, the pre-synaptic neurons); got 4", "pre" },
        { "postTrace", "length 5 (NumPost, the post-synaptic neurons); got 4", "pre" },
        { "preTrace", "length 3 (NumPre, the pre-synaptic neurons); got 4", "post" },
        { "postSpikes", "length 5 (NumPost, the post-synaptic neurons); got 4", "post" },
    };

    [Theory]
    [MemberData(nameof(LengthCases))]
    public void Wrong_lengths_name_the_argument_and_both_lengths(string argument, string message, string side)
    {
        bool onPre = side == "pre";
        bool wrongSpikes = argument.EndsWith("Spikes", StringComparison.Ordinal);
        var (spikesLength, traceLength) = Learning.Lengths(W, onPre);
        var spikes = new bool[wrongSpikes ? 4 : spikesLength];
        var trace = new float[wrongSpikes ? traceLength : 4];
        var weights = W.Data.ToArray();

        foreach (var call in new Action[]
        {
            () => Learning.Update(W, spikes, trace, null, null, onPre),
            () => Learning.Update(W, BitSpikes.FromBools(spikes), trace, null, null, onPre),
            () => Learning.UpdateInPlace(W, weights, spikes, trace, null, null, onPre),
            () => Learning.UpdateInPlace(W, weights, BitSpikes.FromBools(spikes), trace, null, null, onPre),
        })
        {
            var error = Assert.Throws<ArgumentException>(call);
            Assert.Equal(argument, error.ParamName);
            Assert.Contains(message, error.Message);
        }

        Assert.Equal(W.Data.ToArray(), weights);
    }

    [Fact]
    public void The_weights_must_hold_Nse_values()
    {
        var error = Assert.Throws<ArgumentException>(() => W.UpdateOnPreInPlace(new float[5], new bool[3], new float[5]));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("length 6 (Nse", error.Message);
        Assert.Contains("got 5", error.Message);
    }

    [Fact]
    public void The_weights_must_not_overlap_the_trace()
    {
        var shared = new float[11];
        var error = Assert.Throws<ArgumentException>(() => W.UpdateOnPreInPlace(shared.AsSpan(0, 6), new bool[3], shared.AsSpan(5, 5)));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("weights must not overlap postTrace", error.Message);

        error = Assert.Throws<ArgumentException>(() => W.UpdateOnPostInPlace(shared.AsSpan(0, 6), shared.AsSpan(3, 3), new bool[5]));
        Assert.Contains("weights must not overlap preTrace", error.Message);
        W.UpdateOnPreInPlace(shared.AsSpan(0, 6), new bool[3], shared.AsSpan(6, 5)); // adjacent is fine
    }

    [Theory]
    [InlineData(float.NaN, 1f, "wMin", "wMin must be a number or null (no lower bound); got NaN.")]
    [InlineData(0f, float.NaN, "wMax", "wMax must be a number or null (no upper bound); got NaN.")]
    [InlineData(2f, 1f, "wMin", "wMin must not exceed wMax; got wMin = 2 and wMax = 1.")]
    public void Bad_bounds_are_rejected_before_any_work(float wMin, float wMax, string argument, string message)
    {
        var weights = W.Data.ToArray();
        bool[] spikes = [true, true, true];
        float[] trace = [1, 1, 1, 1, 1];
        foreach (var call in new Action[]
        {
            () => W.UpdateOnPre(spikes, trace, wMin, wMax),
            () => W.UpdateOnPost([1, 1, 1], [true, true, true, true, true], wMin, wMax),
            () => W.UpdateOnPreInPlace(weights, spikes, trace, wMin, wMax),
            () => W.UpdateOnPostInPlace(weights, [1, 1, 1], BitSpikes.FromBools([true, true, true, true, true]), wMin, wMax),
        })
        {
            var error = Assert.Throws<ArgumentException>(call);
            Assert.Equal(argument, error.ParamName);
            Assert.StartsWith(message, error.Message);
        }

        Assert.Equal(W.Data.ToArray(), weights);
    }

    [Fact]
    public void Equal_bounds_pin_every_weight_in_the_functional_form_and_every_updated_one_in_place()
    {
        Assert.Equal([0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f], W.UpdateOnPre([true, false, true], new float[5], 0.5f, 0.5f).Data.ToArray());
        var weights = W.Data.ToArray();
        W.UpdateOnPreInPlace(weights, [true, false, true], new float[5], 0.5f, 0.5f);
        Assert.Equal([0.5f, 0.5f, 3, 4, 0.5f, 0.5f], weights);
    }

    [Fact]
    public void Null_bit_spikes_are_rejected()
    {
        var weights = W.Data.ToArray();
        Assert.Throws<ArgumentNullException>(() => W.UpdateOnPre((BitSpikes)null!, new float[5]));
        Assert.Throws<ArgumentNullException>(() => W.UpdateOnPost(new float[3], (BitSpikes)null!));
        Assert.Throws<ArgumentNullException>(() => W.UpdateOnPreInPlace(weights, (BitSpikes)null!, new float[5]));
        Assert.Throws<ArgumentNullException>(() => W.UpdateOnPostInPlace(weights, new float[3], (BitSpikes)null!));
    }
}
