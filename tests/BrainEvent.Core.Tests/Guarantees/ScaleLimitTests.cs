namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Shapes past what one array can address are refused before any allocation, with an
/// <see cref="ArgumentException"/> that gives the numbers: never an <see cref="OverflowException"/>, an
/// <see cref="OutOfMemoryException"/> or a wrapped-around size. Storage is one array of <c>N * nConn</c>
/// slots, so at most <see cref="Array.MaxLength"/> of them; dimensions go up to <c>int.MaxValue</c>.
/// </summary>
public class ScaleLimitTests
{
    private const long Slack = 64 * 1024;

    /// <summary>Slot counts past Array.MaxLength, including ones that wrap to 0 or below in int arithmetic.</summary>
    public static TheoryData<int, int> TooManySlots => new()
    {
        { 1 << 30, 8 },           // 2^33: wraps to 0 in int
        { 1 << 16, 1 << 16 },     // 2^32: wraps to 0
        { 46_341, 46_341 },       // just past 2^31: wraps negative
        { int.MaxValue, 1 },      // past Array.MaxLength by 56
        { int.MaxValue, int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(TooManySlots))]
    public void Flat_constructors_refuse_more_slots_than_an_array_holds(int rows, int nConn)
    {
        var error = Refused(() => new FixedPostNumConn<float>(new float[] { 1f }, ReadOnlyMemory<int>.Empty, nConn, (rows, 4)));
        Assert.Equal("nConn", error.ParamName);
        Assert.Contains($"{rows} stored rows x {nConn} connections = {(long)rows * nConn} slots exceeds the largest array ({Array.MaxLength})", error.Message);
        Refused(() => new FixedPreNumConn<double>(new double[] { 1 }, ReadOnlyMemory<int>.Empty, nConn, (4, rows)));
    }

    [Theory]
    [MemberData(nameof(TooManySlots))]
    public void Random_builders_refuse_more_slots_than_an_array_holds(int rows, int nConn)
    {
        var homogeneous = Refused(() => FixedPostNumConn<float>.Random(rows, rows, nConn, 1f, seed: 1, withReplacement: true));
        Assert.Contains($"= {(long)rows * nConn} slots exceeds the largest array", homogeneous.Message);
        Refused(() => FixedPreNumConn<double>.Random(rows, rows, nConn, WeightInit.Normal(0, 1), seed: 1, withReplacement: true));
    }

    [Fact]
    public void FromDense_refuses_an_nConn_past_the_largest_array()
    {
        var error = Refused(() => FixedPostNumConn<float>.FromDense(new float[1, 1], nConn: int.MaxValue));
        Assert.Equal("nConn", error.ParamName);
    }

    /// <summary>
    /// The 2-D constructors copy arrays the caller already holds, so their slot count fits by construction;
    /// what remains is a dimension of int.MaxValue, which they accept, and a column mirror, whose indptr of
    /// dimension + 1 entries cannot exist for it.
    /// </summary>
    [Fact]
    public void Dimensions_of_int_MaxValue_are_accepted_and_a_mirror_they_cannot_have_is_refused()
    {
        var w = new FixedPostNumConn<float>(2f, new[,] { { int.MaxValue - 1 } }, (1, int.MaxValue));
        Assert.Equal((1, int.MaxValue), w.Shape);
        Assert.Equal(1, w.Nse);
        var empty = new FixedPreNumConn<float>(1f, new int[1 << 30, 0], (4, 1 << 30));
        Assert.Equal(0, empty.Nse);

        var dual = Refused(() => new FixedPostNumConn<float>(2f, new[,] { { 0 } }, (1, int.MaxValue), new ConnOptions(MaintainDualLayout: true)));
        Assert.Equal("options", dual.ParamName);
        Assert.Contains($"column mirror of {(long)int.MaxValue + 1} indptr entries", dual.Message);

        var dense = Assert.Throws<InvalidOperationException>(w.ToDense);
        Assert.Contains("more than the largest array", dense.Message);
        // W @ s reads the spikes by column id through the mirror; 2^31 - 1 bits are 256 MB.
        var spikes = new BitSpikes(int.MaxValue);
        var mirror = Assert.Throws<InvalidOperationException>(() => w.MatVec(spikes, new float[1]));
        Assert.Contains("needs 2147483648 indptr entries", mirror.Message);
    }

    [Fact]
    public void A_result_larger_than_one_array_is_refused_before_allocating()
    {
        // W is 65536 x 1, so W @ S for S of shape (1, 65536) would be 2^32 elements.
        var w = new FixedPostNumConn<float>(1f, new int[65_536, 1], (65_536, 1));
        var spikes = new bool[1, 65_536];
        var error = Refused(() => w.MatMat(spikes));
        Assert.Equal("spikes", error.ParamName);
        Assert.Contains("The result would have 65536 x 65536 = 4294967296 elements", error.Message);

        // NumPre = int.MaxValue with no slots: W @ v is valid but no array holds it.
        var tall = new FixedPostNumConn<float>(ReadOnlyMemory<float>.Empty, ReadOnlyMemory<int>.Empty, 0, (int.MaxValue, 1));
        var vector = Assert.Throws<InvalidOperationException>(() => tall.MatVec(new float[] { 1f }));
        Assert.Contains($"{int.MaxValue} elements, more than the largest array", vector.Message);
    }

    /// <summary>A bool operand of 2^31 + 2^26 elements: .NET holds it (it is not zeroed until touched), a span cannot.</summary>
    [Fact]
    public void An_operand_past_the_largest_span_is_refused()
    {
        var w = new FixedPostNumConn<float>(1f, new int[1, 1], (1, 1 << 26));
        var spikes = new bool[1 << 26, 33];
        var result = new float[1, 33];
        var error = Assert.Throws<ArgumentException>(() => w.MatMat(spikes, result));
        Assert.Equal("spikes", error.ParamName);
        Assert.Contains($"spikes has 67108864 x 33 = {(1L << 26) * 33} elements, more than a product can address", error.Message);
    }

    /// <summary>The call throws an ArgumentException and allocates next to nothing first.</summary>
    private static ArgumentException Refused(Action call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.ThrowsAny<ArgumentException>(call);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < Slack, $"{allocated} bytes allocated before refusing: {error.Message}");
        return error;
    }
}
