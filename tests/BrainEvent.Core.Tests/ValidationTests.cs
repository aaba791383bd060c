namespace BrainEvent.Tests;

/// <summary>Bad input: the stated exception, naming the argument, what was expected and what was given.</summary>
public class ValidationTests
{
    [Fact]
    public void Indices_with_the_wrong_number_of_rows()
    {
        var indices = new int[,] { { 0 }, { 1 } };
        var error = Assert.Throws<ArgumentException>(() => new FixedPostNumConn<float>(1f, indices, (3, 2)));
        Assert.Equal("indices", error.ParamName);
        Assert.Contains("must have 3 rows", error.Message);
        Assert.Contains("got 2", error.Message);

        var pre = Assert.Throws<ArgumentException>(() => new FixedPreNumConn<float>(1f, indices, (3, 5)));
        Assert.Contains("must have 5 rows (shape.Cols, the number of post-synaptic neurons); got 2", pre.Message);
    }

    [Fact]
    public void Flat_indices_not_a_multiple_of_nConn()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new FixedPostNumConn<float>(new float[] { 1 }, new int[] { 0, 1, 0 }, 2, (2, 2)));
        Assert.Equal("indices", error.ParamName);
        Assert.Contains("multiple of nConn = 2; got 3", error.Message);

        var rows = Assert.Throws<ArgumentException>(
            () => new FixedPostNumConn<float>(new float[] { 1 }, new int[] { 0, 1 }, 2, (2, 2)));
        Assert.Contains("must hold 2 rows of nConn = 2", rows.Message);
        Assert.Contains("got 1 rows", rows.Message);
    }

    [Fact]
    public void Data_of_another_shape()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new FixedPostNumConn<double>(new double[,] { { 1, 2 } }, new int[,] { { 0, 1, 1 } }, (1, 2)));
        Assert.Equal("data", error.ParamName);
        Assert.Contains("(1, 3)", error.Message);
        Assert.Contains("got (1, 2)", error.Message);

        var flat = Assert.Throws<ArgumentException>(
            () => new FixedPreNumConn<double>(new double[] { 1, 2 }, new int[] { 0, 1, 1 }, 3, (2, 1)));
        Assert.Contains("Nse = 3", flat.Message);
        Assert.Contains("got 2", flat.Message);
    }

    [Fact]
    public void Indices_out_of_range_name_the_range_and_what_was_found()
    {
        var high = Assert.Throws<ArgumentException>(() => new FixedPostNumConn<float>(1f, new int[,] { { 0, 4 }, { 2, 1 } }, (2, 4)));
        Assert.Equal("indices", high.ParamName);
        Assert.Contains("[0, 4)", high.Message);
        Assert.Contains("min 0 and max 4", high.Message);

        var negative = Assert.Throws<ArgumentException>(() => new FixedPreNumConn<float>(1f, new int[,] { { -3 }, { 1 } }, (2, 2)));
        Assert.Contains("[0, 2) (shape.Rows, the number of pre-synaptic neurons); found min -3 and max 1", negative.Message);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    [InlineData(-1, 3)]
    public void Non_positive_shape(int rows, int cols)
    {
        var error = Assert.Throws<ArgumentException>(() => new FixedPostNumConn<float>(new float[] { 1 }, Array.Empty<int>(), 0, (rows, cols)));
        Assert.Equal("shape", error.ParamName);
        Assert.Contains($"got ({rows}, {cols})", error.Message);
    }

    [Fact]
    public void Overflowing_shape()
    {
        var tooBig = Assert.Throws<ArgumentException>(
            () => new FixedPostNumConn<float>(new float[] { 1 }, new int[0], 1 << 16, (1 << 16, 10)));
        Assert.Equal("nConn", tooBig.ParamName);
        Assert.Contains("65536 stored rows x 65536 connections", tooBig.Message);
        Assert.Contains("exceeds the largest array", tooBig.Message);

        var dense = Assert.Throws<InvalidOperationException>(
            () => new FixedPostNumConn<float>(new float[] { 1 }, new int[0], 0, (1 << 20, 1 << 20)).ToDense());
        Assert.Contains("more than the largest array", dense.Message);
    }

    [Fact]
    public void Unsupported_element_type()
    {
        Assert.Throws<NotSupportedException>(() => new FixedPostNumConn<Half>((Half)1, new int[,] { { 0 } }, (1, 1)));
    }

    [Fact]
    public void Product_operands_of_the_wrong_length_name_the_dimension()
    {
        var w = new FixedPostNumConn<float>(1f, new int[,] { { 0, 1 }, { 2, 2 } }, (2, 3));
        var v = Assert.Throws<ArgumentException>(() => w.MatVec(new float[2]));
        Assert.Equal("v", v.ParamName);
        Assert.Contains("length 3 (NumPost, the columns of W, for W @ x); got 2", v.Message);

        var s = Assert.Throws<ArgumentException>(() => w.VecMat(new bool[3]));
        Assert.Equal("spikes", s.ParamName);
        Assert.Contains("length 2 (NumPre, the rows of W, for x @ W); got 3", s.Message);

        var result = Assert.Throws<ArgumentException>(() => w.VecMat(new float[2], new float[2]));
        Assert.Equal("result", result.ParamName);
        Assert.Contains("length 3", result.Message);

        var m = Assert.Throws<ArgumentException>(() => w.MatMat(new float[2, 4]));
        Assert.Equal("m", m.ParamName);
        Assert.Contains("must have 3 rows (NumPost, the columns of W, for W @ M); got 2", m.Message);

        var left = Assert.Throws<ArgumentException>(() => w.LeftMatMat(new bool[4, 3]));
        Assert.Equal("spikes", left.ParamName);
        Assert.Contains("must have 2 columns (NumPre, the rows of W, for M @ W); got 3", left.Message);
    }

    [Fact]
    public void Result_overlapping_the_input_is_rejected()
    {
        var w = new FixedPostNumConn<float>(1f, new int[,] { { 0, 1 }, { 1, 0 } }, (2, 2));
        var buffer = new float[4];
        var error = Assert.Throws<ArgumentException>(() => w.MatVec(buffer.AsSpan(0, 2), buffer.AsSpan(1, 2)));
        Assert.Equal("result", error.ParamName);
    }

    [Fact]
    public void Apply2_with_another_structure()
    {
        var a = new FixedPostNumConn<float>(1f, new int[,] { { 0, 1 }, { 1, 0 } }, (2, 2));
        var b = new FixedPostNumConn<float>(1f, new int[,] { { 0, 1 }, { 1, 1 } }, (2, 2));
        var error = Assert.Throws<ArgumentException>(() => a.Apply2(b, (x, y) => x + y));
        Assert.Equal("other", error.ParamName);
        Assert.Contains("with other indices", error.Message);
        Assert.Throws<ArgumentException>(() => a + new FixedPostNumConn<float>(1f, new int[,] { { 0 }, { 1 } }, (2, 2)));

        var dense = Assert.Throws<ArgumentException>(() => a.Apply2(new float[3, 2], (x, y) => x + y));
        Assert.Equal("dense", dense.ParamName);
        Assert.Contains("shape (2, 2); got (3, 2)", dense.Message);
    }

    [Fact]
    public void Failed_constructions_leave_the_inputs_unchanged()
    {
        var data = new float[,] { { 1, 2 }, { 3, 4 } };
        var indices = new int[,] { { 0, 1 }, { 1, 9 } };
        Assert.Throws<ArgumentException>(() => new FixedPostNumConn<float>(data, indices, (2, 2)));
        Assert.Equal(new float[,] { { 1, 2 }, { 3, 4 } }, data);
        Assert.Equal(new int[,] { { 0, 1 }, { 1, 9 } }, indices);

        var v = new float[] { 1, 2, 3 };
        Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.FromDense(new float[,] { { 1 } }).MatVec(v));
        Assert.Equal(new float[] { 1, 2, 3 }, v);
    }

    [Fact]
    public void Null_arguments_name_themselves()
    {
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => new FixedPostNumConn<float>(null!, new int[1, 1], (1, 1))).ParamName);
        Assert.Equal("indices", Assert.Throws<ArgumentNullException>(() => new FixedPreNumConn<float>(1f, null!, (1, 1))).ParamName);
        var w = new FixedPostNumConn<float>(1f, new int[1, 1], (1, 1));
        Assert.Equal("fn", Assert.Throws<ArgumentNullException>(() => w.Apply(null!)).ParamName);
        Assert.Equal("m", Assert.Throws<ArgumentNullException>(() => w.MatMat((float[,])null!)).ParamName);
    }
}
