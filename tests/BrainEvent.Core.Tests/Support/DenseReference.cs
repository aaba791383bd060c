namespace BrainEvent.Tests.Support;

/// <summary>
/// The meaning of every product as dense loops over a <c>double</c> matrix: the independent reference.
/// Each result comes with a scale, <c>sum |w| |x|</c> over the terms, that bounds the rounding error.
/// </summary>
public static class DenseReference
{
    public static double[,] Dense(FixedNumConnKind kind, int numPre, int numPost, int nConn, double[] values, int[] indices)
    {
        var dense = new double[numPre, numPost];
        int rows = kind == FixedNumConnKind.FixedPost ? numPre : numPost;
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < nConn; k++)
            {
                int slot = r * nConn + k;
                double w = values.Length == 1 ? values[0] : values[slot];
                if (kind == FixedNumConnKind.FixedPost)
                {
                    dense[r, indices[slot]] += w;
                }
                else
                {
                    dense[indices[slot], r] += w;
                }
            }
        }

        return dense;
    }

    /// <summary>
    /// <c>A @ B</c> with its error scale <c>|A| @ |B|</c>, where <paramref name="absA"/> is the dense matrix of
    /// the absolute stored weights (duplicates that cancel in A still round in the sum). Entries of an event
    /// operand are 0 or 1; treating them as numbers equals skipping inactive entries for finite weights.
    /// </summary>
    public static (double[,] Product, double[,] Scale) MatMul(double[,] a, double[,] absA, double[,] b) =>
        (MatMul(a, b), MatMul(absA, Abs(b)));

    /// <summary>The same for a sparse right operand: <c>A @ B</c> and <c>|A| @ |B|</c>.</summary>
    public static (double[,] Product, double[,] Scale) LeftMatMul(double[,] a, double[,] b, double[,] absB) =>
        (MatMul(a, b), MatMul(Abs(a), absB));

    public static double[,] MatMul(double[,] a, double[,] b)
    {
        int n = a.GetLength(0), m = a.GetLength(1), p = b.GetLength(1);
        var product = new double[n, p];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < p; j++)
            {
                double sum = 0;
                for (int k = 0; k < m; k++)
                {
                    sum += a[i, k] * b[k, j];
                }

                product[i, j] = sum;
            }
        }

        return product;
    }

    public static double[,] Abs(double[,] a)
    {
        var abs = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                abs[i, j] = Math.Abs(a[i, j]);
            }
        }

        return abs;
    }

    public static double[,] Column(double[] v)
    {
        var column = new double[v.Length, 1];
        for (int i = 0; i < v.Length; i++)
        {
            column[i, 0] = v[i];
        }

        return column;
    }

    public static double[,] Row(double[] v)
    {
        var row = new double[1, v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            row[0, i] = v[i];
        }

        return row;
    }

    public static double[,] Transpose(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                t[j, i] = a[i, j];
            }
        }

        return t;
    }
}
