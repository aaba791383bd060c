using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.GradientRules;

/// <summary>
/// The rules written with dense matrices, independently of the library: for a loss <c>sum(CT * Y)</c>
/// with <c>Y</c> bilinear in <c>W</c>, the gradient of the dense <c>W</c> is a matrix <c>G</c>, and a slot
/// at <c>W[pre, post]</c> gets <c>G[pre, post]</c> (a homogeneous weight: the sum over slots). Each result
/// comes with its rounding scale: the same formula on absolute values.
/// </summary>
public static class DenseGradients
{
    /// <summary>The slot gradients for <paramref name="g"/> and their scale for <paramref name="absG"/>, as <c>[1, count]</c>.</summary>
    public static (double[,] Expected, double[,] Scale) Slots(ConnCase c, double[,] g, double[,] absG)
    {
        var indices = c.IndicesFlat();
        var expected = new double[c.Nse];
        var scale = new double[c.Nse];
        for (int slot = 0; slot < c.Nse; slot++)
        {
            int r = slot / c.NConn;
            var (pre, post) = c.Kind == FixedNumConnKind.FixedPost ? (r, indices[slot]) : (indices[slot], r);
            expected[slot] = g[pre, post];
            scale[slot] = absG[pre, post];
        }

        return c.Homogeneous ? (Row(expected.Sum()), Row(scale.Sum())) : (Row(expected), Row(scale));
    }

    /// <summary>The dense matrix of a tangent (or any values) in the case's structure.</summary>
    public static double[,] Dense(ConnCase c, double[] values) =>
        DenseReference.Dense(c.Kind, c.NumPre, c.NumPost, c.NConn, values, c.IndicesFlat());

    public static double[,] Outer(double[] a, double[] b) => DenseReference.MatMul(DenseReference.Column(a), DenseReference.Row(b));

    public static double[] Abs(double[] v) => v.Select(Math.Abs).ToArray();

    public static double[,] Row(params double[] v) => DenseReference.Row(v);

    /// <summary><c>A + B</c> elementwise.</summary>
    public static double[,] Add(double[,] a, double[,] b)
    {
        var sum = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                sum[i, j] = a[i, j] + b[i, j];
            }
        }

        return sum;
    }

    /// <summary>A vector as one row, whatever shape a product gave it.</summary>
    public static double[,] AsRow(double[,] m)
    {
        var row = new double[1, m.Length];
        int i = 0;
        foreach (double x in m)
        {
            row[0, i++] = x;
        }

        return row;
    }
}
