using System.Numerics;
using BrainEvent.Tests.Kernels;
using BrainEvent.Tests.Reference;
using CsCheck;

namespace BrainEvent.Tests.Jit;

/// <summary>
/// Random chains of element-wise steps on random matrices, including NaN and infinity. Evaluate() (the
/// compiled map) must give the interpreter's values bit for bit, except where a chain uses Exp (vector
/// and scalar Exp may differ by an ulp); every fused product must equal the plain reference loops over
/// Evaluate()'s values (materialise-then-multiply) within the rounding bound of its sums.
/// </summary>
public class FusionDifferentialTests
{
    private static readonly Gen<(Problem Problem, ChainStep[] Steps)> Cases =
        from rows in Gen.OneOf(Gen.Int[1, 30], Gen.Int[200, 700])
        from bound in Gen.Int[1, 300]
        from nConn in Gen.Int[0, 7].Select(i => new[] { 1, 3, 8, 9, 16, 33, 64, 100 }[i])
        from specials in Gen.Frequency((5, Gen.Const(false)), (1, Gen.Const(true)))
        from seed in Gen.Int
        from steps in ChainStep.Gen.Array[1, 4]
        select (new Problem(FixedNumConnKind.FixedPost, rows, bound, nConn, false, specials, 0.3, seed), steps);

    [Fact]
    public void Float_chains_match_the_interpreter() => Cases.Sample(c => Check<float>(c.Problem, c.Steps), iter: 60, threads: 1);

    [Fact]
    public void Double_chains_match_the_interpreter() => Cases.Sample(c => Check<double>(c.Problem, c.Steps), iter: 60, threads: 1);

    private static void Check<T>(Problem p, ChainStep[] steps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = (FixedPostNumConn<T>)p.Build<T>();
        var other = w.WithData(p.Vector<T>(w.Nse, 11));
        var chain = steps.Aggregate(w, (m, step) => step.Apply(m, other));
        if (!chain.IsLazy || chain.IsHomogeneous)
        {
            return;
        }

        string what = $"{p} steps [{string.Join(", ", steps.Select(s => s.ToString()))}]";
        var evaluated = chain.Evaluate().Data.ToArray();
        if (!steps.Any(s => s.Body.Uses("Exp")))
        {
            ReferenceProducts.AssertClose<T>(Interpreted.Values(chain), new double[evaluated.Length], 0, evaluated, what + " Evaluate");
        }

        var plain = w.WithData(evaluated);

        foreach (bool right in new[] { true, false })
        {
            int n = right ? w.NumPost : w.NumPre;
            var x = p.Vector<T>(n, right ? 1 : 2);
            var (expected, scale) = ReferenceProducts.Vector(plain, x, right);
            var actual = new T[right ? w.NumPre : w.NumPost];
            if (right)
            {
                chain.MatVec(x, actual);
            }
            else
            {
                chain.VecMat(x, actual);
            }

            ReferenceProducts.AssertClose<T>(expected, scale, w.Nse, actual, $"{what} {(right ? "W @ x" : "x @ W")}");

            var spikes = p.Spikes(n, 3);
            var (events, eventScale) = ReferenceProducts.Event(plain, spikes, right);
            var fromBits = right ? chain.MatVec(BitSpikes.FromBools(spikes)) : chain.VecMat(BitSpikes.FromBools(spikes));
            var fromBools = right ? chain.MatVec(spikes) : chain.VecMat(spikes);
            ReferenceProducts.AssertClose<T>(events, eventScale, w.Nse, fromBits, $"{what} events {(right ? "W @ s" : "s @ W")}");
            Assert.Equal(fromBits, fromBools);

            int batch = 17;
            var m = p.Vector<T>(n * batch, 4);
            var (matrix, matrixScale) = ReferenceProducts.Matrix(plain, m, null, batch, right);
            var product = right ? chain.MatMat(To2D(m, n, batch)) : chain.LeftMatMat(To2D(m, batch, n));
            ReferenceProducts.AssertClose<T>(matrix, matrixScale, w.Nse, product.Cast<T>().ToArray(), $"{what} {(right ? "W @ M" : "M @ W")}");
        }
    }

    private static T[,] To2D<T>(T[] flat, int rows, int cols)
    {
        var m = new T[rows, cols];
        for (int i = 0; i < flat.Length; i++)
        {
            m[i / cols, i % cols] = flat[i];
        }

        return m;
    }
}
