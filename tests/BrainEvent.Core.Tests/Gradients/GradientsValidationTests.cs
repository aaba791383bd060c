namespace BrainEvent.Tests.GradientRules;

/// <summary>Bad arguments: an exception naming the argument, what was expected and what was given, before anything is written.</summary>
public class GradientsValidationTests
{
    // 3 pre x 4 post, two slots per stored row.
    private static readonly FixedPostNumConn<float> W = new(new float[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, new[,] { { 0, 3 }, { 1, 1 }, { 2, 0 } }, (3, 4));
    private static readonly FixedPreNumConn<float> Homogeneous = new(0.5f, new[,] { { 0, 1 }, { 2, 2 }, { 1, 0 }, { 0, 0 } }, (3, 4));

    [Fact]
    public void Vector_lengths_name_the_argument_and_both_numbers()
    {
        AssertArgument(() => Gradients.MatVecVjp(W, new float[3], new float[3]), "v", "length 4", "got 3");
        AssertArgument(() => Gradients.MatVecVjp(W, new float[4], new float[4]), "cotangent", "length 3 (the length of W @ v)", "got 4");
        AssertArgument(() => Gradients.VecMatVjp(W, new float[4], new float[4]), "v", "length 3 (NumPre", "got 4");
        AssertArgument(() => Gradients.MatVecVjp(W, new float[4], new float[3], new float[5], new float[4]), "dWeights", "length 6 (Nse", "got 5");
        AssertArgument(() => Gradients.MatVecVjp(Homogeneous, new float[4], new float[3], new float[8], new float[4]), "dWeights", "length 1 (1, the homogeneous weight)", "got 8");
        AssertArgument(() => Gradients.MatVecVjp(W, new float[4], new float[3], new float[6], new float[3]), "dV", "length 4", "got 3");
        AssertArgument(() => Gradients.MatVecJvp(W, new float[4], new float[2], null), "dWeights", "or 0 for a zero tangent", "got 2");
        AssertArgument(() => Gradients.VecMatJvp(W, new float[3], null, new float[4]), "dV", "length 3", "got 4");
        AssertArgument(() => Gradients.MatVecJvp(W, new float[4], null, null, new float[4]), "result", "length 3", "got 4");
    }

    [Fact]
    public void Nothing_is_written_when_an_argument_is_bad()
    {
        var dWeights = new float[] { 9, 9, 9, 9, 9, 9 };
        Assert.Throws<ArgumentException>(() => Gradients.MatVecVjp(W, new float[4], new float[3], dWeights, new float[5]));
        Assert.All(dWeights, x => Assert.Equal(9, x));
        var dM = new float[4, 2];
        dM[0, 0] = 9;
        Assert.Throws<ArgumentException>(() => Gradients.MatMatVjp(W, new float[4, 2], new float[3, 2], new float[7], dM));
        Assert.Equal(9, dM[0, 0]);
    }

    [Fact]
    public void Outputs_may_not_overlap_inputs()
    {
        var buffer = new float[10];
        AssertArgument(() => Gradients.MatVecVjp(W, buffer.AsSpan(0, 4), new float[3], new float[6], buffer.AsSpan(2, 4)), "dV", "must not overlap v");
        AssertArgument(() => Gradients.VecMatVjp(W, new float[3], buffer.AsSpan(0, 4), buffer.AsSpan(2, 6), new float[3]), "dWeights", "must not overlap cotangent");
        AssertArgument(() => Gradients.MatVecJvp(W, new float[4], buffer.AsSpan(0, 6).ToArray(), buffer.AsSpan(0, 4), buffer.AsSpan(1, 3)), "result", "must not overlap dV");
        var m = new float[4, 2];
        AssertArgument(() => Gradients.MatMatVjp(W, m, new float[3, 2], new float[6], m), "dM", "must not overlap m");
    }

    [Fact]
    public void Matrix_shapes_name_the_argument_and_both_shapes()
    {
        AssertArgument(() => Gradients.MatMatVjp(W, new float[3, 2], new float[3, 2]), "m", "shape (4, 2)", "got (3, 2)");
        AssertArgument(() => Gradients.MatMatVjp(W, new float[4, 2], new float[3, 1]), "cotangent", "shape (3, 2) (the shape of W @ m)", "got (3, 1)");
        AssertArgument(() => Gradients.LeftMatMatVjp(W, new float[2, 4], new float[2, 4]), "m", "shape (2, 3)", "got (2, 4)");
        AssertArgument(() => Gradients.LeftMatMatVjp(W, new float[2, 3], new float[2, 4], new float[6], new float[3, 2]), "dM", "shape (2, 3)", "got (3, 2)");
        AssertArgument(() => Gradients.MatMatJvp(W, new float[4, 2], null, new float[4, 3]), "dM", "shape (4, 2)", "got (4, 3)");
        AssertArgument(() => Gradients.LeftMatMatJvp(W, new float[2, 3], null, null, new float[2, 3]), "result", "shape (2, 4)", "got (2, 3)");
    }

    [Fact]
    public void Event_operands_are_checked_the_same_way()
    {
        AssertArgument(() => Gradients.MatVecVjp(W, new bool[3], new float[3]), "spikes", "length 4", "got 3");
        AssertArgument(() => Gradients.VecMatVjp(W, new BitSpikes(4), new float[4]), "spikes", "length 3", "got 4");
        AssertArgument(() => Gradients.VecMatJvp(W, new bool[3], null, new float[2]), "dSpikes", "length 3", "got 2");
        AssertArgument(() => Gradients.MatMatVjp(W, new bool[3, 2], new float[3, 2]), "spikes", "shape (4, 2)", "got (3, 2)");
        AssertArgument(() => Gradients.LeftMatMatVjp(W, new bool[2, 3], new float[2, 4], new float[6], new float[2, 4]), "dSpikes", "shape (2, 3)", "got (2, 4)");
        Assert.Throws<ArgumentNullException>(() => Gradients.MatVecVjp(W, (BitSpikes)null!, new float[3]));
    }

    [Fact]
    public void A_null_matrix_or_operand_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Gradients.MatVecVjp(null!, new float[4], new float[3]));
        Assert.Throws<ArgumentNullException>(() => Gradients.MatMatVjp(W, (float[,])null!, new float[3, 2], new float[6], new float[4, 2]));
        Assert.Throws<ArgumentNullException>(() => Gradients.LeftMatMatJvp(W, new float[2, 3], null, null, null!));
    }

    private static void AssertArgument(Action call, string paramName, params string[] fragments)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(paramName, error.ParamName);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, error.Message);
        }
    }
}
