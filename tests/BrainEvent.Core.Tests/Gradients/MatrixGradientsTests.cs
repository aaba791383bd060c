using System.Numerics;
using BrainEvent.Tests.Support;
using static BrainEvent.Tests.GradientRules.FiniteDifferences;

namespace BrainEvent.Tests.GradientRules;

/// <summary>The rules of <c>W @ M</c> (right) and <c>M @ W</c> against central differences and the dense formula.</summary>
public class MatrixGradientsTests
{
    public static TheoryData<ConnCase> Cases => GradientCases.Data();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vjp_and_jvp_match_central_differences(ConnCase c)
    {
        var w = c.Build<double>();
        var weights = w.Data.ToArray();
        foreach (bool right in new[] { true, false })
        {
            var (m, ct) = Operands(c, batch: 3, right);
            var (mFlat, ctFlat) = (Flat(m), Flat(ct));
            double Loss(double[] values, double[] x) => Dot(ctFlat, Flat(Product(GradientCases.WithData(w, values), Shaped(x, m), right)));

            var (dWeights, dM) = Vjp(w, m, ct, right);
            string what = $"{c} {(right ? "W @ M" : "M @ W")}";
            AssertClose(Gradient(weights, p => Loss(p, mFlat)), dWeights, $"{what} dWeights");
            AssertClose(Gradient(mFlat, p => Loss(weights, p)), Approx.Flat(dM), $"{what} dM");

            var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 23);
            var tM = RandomData.Matrix(m.GetLength(0), m.GetLength(1), c.Seed + 24);
            var jvp = Jvp(w, m, tW, tM, right);
            var numeric = Directional(t => Flat(Product(GradientCases.WithData(w, Along(weights, tW, t)), Shaped(Along(mFlat, Flat(tM), t), m), right)));
            AssertClose(numeric, Approx.Flat(jvp), $"{what} JVP");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vjp_and_jvp_match_the_dense_formula(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var (dense, abs) = (c.Dense(), c.AbsDense());
            var w = c.Build<T>();
            // 19 runs the vector dot over the batch and its scalar tail.
            foreach (int batch in new[] { 1, 3, 19 })
            {
                foreach (bool right in new[] { true, false })
                {
                    var (m, ct) = Operands(c, batch, right);
                    var (dWeights, dM) = Vjp(w, RandomData.As<T>(m), RandomData.As<T>(ct), right);
                    string what = $"{c} {typeof(T).Name} {(right ? "W @ M" : "M @ W")} b={batch}";

                    // Y = W M: G = CT M^T, dM = W^T CT. Y = M W: G = M^T CT, dM = CT W^T.
                    var (absM, absCt) = (DenseReference.Abs(m), DenseReference.Abs(ct));
                    var (g, absG) = right
                        ? (DenseReference.MatMul(ct, DenseReference.Transpose(m)), DenseReference.MatMul(absCt, DenseReference.Transpose(absM)))
                        : (DenseReference.MatMul(DenseReference.Transpose(m), ct), DenseReference.MatMul(DenseReference.Transpose(absM), absCt));
                    var (expected, scale) = DenseGradients.Slots(c, g, absG);
                    int weightTerms = (c.Homogeneous ? c.Nse : 1) * batch;
                    Approx.Equal<T>(expected, scale, weightTerms, dWeights, $"{what} dWeights");

                    var (transposed, absTransposed) = (DenseReference.Transpose(dense), DenseReference.Transpose(abs));
                    var (dm, dmScale) = right
                        ? DenseReference.MatMul(transposed, absTransposed, ct)
                        : DenseReference.LeftMatMul(ct, transposed, absTransposed);
                    Approx.Equal(dm, dmScale, c.Nse, dM, $"{what} dM");

                    var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 23);
                    var tM = RandomData.Matrix(m.GetLength(0), m.GetLength(1), c.Seed + 24);
                    var (weightsPart, weightsScale) = DenseProduct(DenseGradients.Dense(c, tW), DenseGradients.Dense(c, DenseGradients.Abs(tW)), m, right);
                    var (operandPart, operandScale) = DenseProduct(dense, abs, tM, right);
                    var (tm, tw) = (RandomData.As<T>(m), RandomData.As<T>(tW));
                    Approx.Equal(DenseGradients.Add(weightsPart, operandPart), DenseGradients.Add(weightsScale, operandScale), c.Nse + 1,
                        Jvp(w, tm, tw, RandomData.As<T>(tM), right), $"{what} JVP");
                    Approx.Equal(weightsPart, weightsScale, c.Nse + 1, Jvp(w, tm, tw, null, right), $"{what} JVP, dM null");
                    Approx.Equal(operandPart, operandScale, c.Nse + 1, Jvp(w, tm, null, RandomData.As<T>(tM), right), $"{what} JVP, dWeights empty");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_overloads_overwrite_their_buffers(ConnCase c)
    {
        var w = c.Build<float>();
        foreach (bool right in new[] { true, false })
        {
            var (m, ct) = Operands(c, batch: 2, right);
            var (fm, fct) = (RandomData.As<float>(m), RandomData.As<float>(ct));
            var (dWeights, dM) = Vjp(w, fm, fct, right);
            var intoWeights = VectorGradientsTests.Filled(dWeights.Length);
            var intoM = Filled(m.GetLength(0), m.GetLength(1));
            if (right)
            {
                Gradients.MatMatVjp(w, fm, fct, intoWeights, intoM);
            }
            else
            {
                Gradients.LeftMatMatVjp(w, fm, fct, intoWeights, intoM);
            }

            Assert.Equal(dWeights, intoWeights);
            Assert.Equal(dM, intoM);

            var tW = RandomData.As<float>(RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 23));
            var result = Filled(ct.GetLength(0), ct.GetLength(1));
            if (right)
            {
                Gradients.MatMatJvp(w, fm, tW, fm, result);
            }
            else
            {
                Gradients.LeftMatMatJvp(w, fm, tW, fm, result);
            }

            Assert.Equal(Jvp(w, fm, tW, fm, right), result);
        }
    }

    [Fact]
    public void An_empty_batch_gives_zero_weight_gradients_and_empty_results()
    {
        var w = new FixedPreNumConn<double>(new double[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 0, 2 }, { 1, 1 } }, (3, 2));
        var (dWeights, dM) = Gradients.MatMatVjp(w, new double[2, 0], new double[3, 0]);
        Assert.Equal(new double[4], dWeights);
        Assert.Equal((2, 0), (dM.GetLength(0), dM.GetLength(1)));
        var (leftWeights, leftM) = Gradients.LeftMatMatVjp(w, new double[0, 3], new double[0, 2]);
        Assert.Equal(new double[4], leftWeights);
        Assert.Equal((0, 3), (leftM.GetLength(0), leftM.GetLength(1)));
        var jvp = Gradients.MatMatJvp(w, new double[2, 0], new double[] { 1, 1, 1, 1 }, null);
        Assert.Equal((3, 0), (jvp.GetLength(0), jvp.GetLength(1)));
    }

    /// <summary>The operand (<c>(NumPost, b)</c> for W @ M, <c>(b, NumPre)</c> for M @ W) and a cotangent of the product.</summary>
    private static (double[,] M, double[,] Cotangent) Operands(ConnCase c, int batch, bool right) => right
        ? (RandomData.Matrix(c.NumPost, batch, c.Seed + 21), RandomData.Matrix(c.NumPre, batch, c.Seed + 22))
        : (RandomData.Matrix(batch, c.NumPre, c.Seed + 21), RandomData.Matrix(batch, c.NumPost, c.Seed + 22));

    private static (double[,] Product, double[,] Scale) DenseProduct(double[,] dense, double[,] abs, double[,] m, bool right) =>
        right ? DenseReference.MatMul(dense, abs, m) : DenseReference.LeftMatMul(m, dense, abs);

    private static double[,] Product(FixedNumConn<double> w, double[,] m, bool right) => right ? w.MatMat(m) : w.LeftMatMat(m);

    private static double[,] Shaped(double[] flat, double[,] like)
    {
        var m = new double[like.GetLength(0), like.GetLength(1)];
        for (int i = 0; i < flat.Length; i++)
        {
            m[i / m.GetLength(1), i % m.GetLength(1)] = flat[i];
        }

        return m;
    }

    private static float[,] Filled(int rows, int cols)
    {
        var m = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                m[i, j] = float.NaN;
            }
        }

        return m;
    }

    private static (T[] DWeights, T[,] DM) Vjp<T>(FixedNumConn<T> w, T[,] m, T[,] ct, bool right)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        right ? Gradients.MatMatVjp(w, m, ct) : Gradients.LeftMatMatVjp(w, m, ct);

    private static T[,] Jvp<T>(FixedNumConn<T> w, T[,] m, T[]? dWeights, T[,]? dM, bool right)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        right ? Gradients.MatMatJvp(w, m, dWeights, dM) : Gradients.LeftMatMatJvp(w, m, dWeights, dM);
}
