using System.Numerics;
using BrainEvent.Tests.Support;
using static BrainEvent.Tests.GradientRules.FiniteDifferences;

namespace BrainEvent.Tests.GradientRules;

/// <summary>The rules of <c>W @ v</c> (right) and <c>v @ W</c> against central differences and the dense formula.</summary>
public class VectorGradientsTests
{
    public static TheoryData<ConnCase> Cases => GradientCases.Data();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vjp_and_jvp_match_central_differences(ConnCase c)
    {
        foreach (bool right in new[] { true, false })
        {
            var w = c.Build<double>();
            var weights = w.Data.ToArray();
            var (v, ct) = Operands(c, right);
            double Loss(double[] values, double[] x) => Dot(ct, Product(GradientCases.WithData(w, values), x, right));

            var (dWeights, dV) = Vjp(w, v, ct, right);
            string what = $"{c} {(right ? "W @ v" : "v @ W")}";
            AssertClose(Gradient(weights, p => Loss(p, v)), dWeights, $"{what} dWeights");
            AssertClose(Gradient(v, p => Loss(weights, p)), dV, $"{what} dV");

            var (tW, tV) = Tangents(c, w, v.Length);
            var jvp = Jvp(w, v, tW, tV, right);
            AssertClose(Directional(t => Product(GradientCases.WithData(w, Along(weights, tW, t)), Along(v, tV, t), right)), jvp, $"{what} JVP");

            // The two rules are adjoint: <ct, J t> = <J^T ct, t>.
            Assert.Equal(Dot(ct, jvp), Dot(dWeights, tW) + Dot(dV, tV), 1e-9 * (1 + Math.Abs(Dot(ct, jvp))));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vjp_matches_the_dense_formula(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var (dense, abs) = (c.Dense(), c.AbsDense());
            foreach (bool right in new[] { true, false })
            {
                var (v, ct) = Operands(c, right);
                var (dWeights, dV) = Vjp(c.Build<T>(), RandomData.As<T>(v), RandomData.As<T>(ct), right);
                string what = $"{c} {typeof(T).Name} {(right ? "W @ v" : "v @ W")}";

                // y = W v: G = ct v^T and dV = ct W; y = v W: G = v ct^T and dV = W ct.
                var (g, absG) = right
                    ? (DenseGradients.Outer(ct, v), DenseGradients.Outer(DenseGradients.Abs(ct), DenseGradients.Abs(v)))
                    : (DenseGradients.Outer(v, ct), DenseGradients.Outer(DenseGradients.Abs(v), DenseGradients.Abs(ct)));
                var (expected, scale) = DenseGradients.Slots(c, g, absG);
                Approx.Equal<T>(expected, scale, c.Homogeneous ? c.Nse : 1, dWeights, $"{what} dWeights");

                var (dv, dvScale) = right
                    ? DenseReference.LeftMatMul(DenseGradients.Row(ct), dense, abs)
                    : DenseReference.MatMul(dense, abs, DenseReference.Column(ct));
                Approx.Equal<T>(DenseGradients.AsRow(dv), DenseGradients.AsRow(dvScale), c.Nse, dV, $"{what} dV");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Jvp_matches_the_dense_formula_and_empty_tangents_are_zero(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var (dense, abs) = (c.Dense(), c.AbsDense());
            var w = c.Build<T>();
            foreach (bool right in new[] { true, false })
            {
                var (v, _) = Operands(c, right);
                var (tW, tV) = Tangents(c, w, v.Length);
                string what = $"{c} {typeof(T).Name} {(right ? "W @ v" : "v @ W")} JVP";

                // The weights' part is the product of the tangent's dense matrix, the operand's part W's.
                var (weightsPart, weightsScale) = DenseProduct(DenseGradients.Dense(c, tW), DenseGradients.Dense(c, DenseGradients.Abs(tW)), v, right);
                var (operandPart, operandScale) = DenseProduct(dense, abs, tV, right);
                int terms = c.Nse + 1;
                var (tv, tw) = (RandomData.As<T>(v), RandomData.As<T>(tW));
                Approx.Equal<T>(DenseGradients.Add(weightsPart, operandPart), DenseGradients.Add(weightsScale, operandScale), terms,
                    Jvp(w, tv, tw, RandomData.As<T>(tV), right), what);
                Approx.Equal<T>(weightsPart, weightsScale, terms, Jvp(w, tv, tw, null, right), $"{what}, dV empty");
                Approx.Equal<T>(operandPart, operandScale, terms, Jvp(w, tv, null, RandomData.As<T>(tV), right), $"{what}, dWeights empty");
                Assert.All(Jvp(w, tv, null, null, right), x => Assert.Equal(T.Zero, x));
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
            var (v, ct) = Operands(c, right);
            var (fv, fct) = (RandomData.As<float>(v), RandomData.As<float>(ct));
            var (dWeights, dV) = Vjp(w, fv, fct, right);
            var (intoWeights, intoV) = (Filled(dWeights.Length), Filled(dV.Length));
            if (right)
            {
                Gradients.MatVecVjp(w, fv, fct, intoWeights, intoV);
            }
            else
            {
                Gradients.VecMatVjp(w, fv, fct, intoWeights, intoV);
            }

            Assert.Equal(dWeights, intoWeights);
            Assert.Equal(dV, intoV);

            var (tW, tV) = Tangents(c, w, v.Length);
            var (ftW, ftV) = (RandomData.As<float>(tW), RandomData.As<float>(tV));
            var result = Filled(ct.Length);
            if (right)
            {
                Gradients.MatVecJvp(w, fv, ftW, ftV, result);
            }
            else
            {
                Gradients.VecMatJvp(w, fv, ftW, ftV, result);
            }

            Assert.Equal(Jvp(w, fv, ftW, ftV, right), result);
        }
    }

    /// <summary>The operand (of length NumPost for W @ v, NumPre for v @ W) and a cotangent of the product.</summary>
    internal static (double[] V, double[] Cotangent) Operands(ConnCase c, bool right) =>
        (RandomData.Vector(right ? c.NumPost : c.NumPre, c.Seed + 11), RandomData.Vector(right ? c.NumPre : c.NumPost, c.Seed + 12));

    /// <summary>Tangents of the weights (in Data's layout) and of an operand of <paramref name="operandLength"/>.</summary>
    internal static (double[] Weights, double[] Operand) Tangents<T>(ConnCase c, FixedNumConn<T> w, int operandLength)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        (RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 13), RandomData.Vector(operandLength, c.Seed + 14));

    internal static float[] Filled(int length) => Enumerable.Repeat(float.NaN, length).ToArray();

    private static (double[,] Product, double[,] Scale) DenseProduct(double[,] dense, double[,] abs, double[] x, bool right) =>
        right ? DenseReference.MatMul(dense, abs, DenseReference.Column(x)) : DenseReference.LeftMatMul(DenseGradients.Row(x), dense, abs);

    private static double[] Product(FixedNumConn<double> w, double[] x, bool right) => right ? w.MatVec(x) : w.VecMat(x);

    private static (T[] DWeights, T[] DV) Vjp<T>(FixedNumConn<T> w, T[] v, T[] ct, bool right)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        right ? Gradients.MatVecVjp(w, v, ct) : Gradients.VecMatVjp(w, v, ct);

    private static T[] Jvp<T>(FixedNumConn<T> w, T[] v, T[]? dWeights, T[]? dV, bool right)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        right ? Gradients.MatVecJvp(w, v, dWeights, dV) : Gradients.VecMatJvp(w, v, dWeights, dV);
}
