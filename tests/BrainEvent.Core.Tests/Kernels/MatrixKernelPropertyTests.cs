using System.Numerics;
using BrainEvent.Tests.Reference;
using CsCheck;

namespace BrainEvent.Tests.Kernels;

/// <summary>
/// Matrix products against the plain reference, for batch widths around the vector widths (1, 7, 15,
/// 16, 17, 33, 128, 130 columns), values and spikes, both sides, and 1, 2 and 8 threads bit for bit.
/// </summary>
[Collection(ThreadSettingsCollection.Name)]
public class MatrixKernelPropertyTests
{
    private static readonly int[] Batches = [1, 7, 15, 16, 17, 33, 128, 130];

    private static readonly Gen<(Problem Problem, int Batch)> Problems =
        from kind in Gen.Enum<FixedNumConnKind>()
        from rows in Gen.Int[1, 300]
        from bound in Gen.Int[1, 300]
        from nConn in Gen.Int[0, 5].Select(i => new[] { 1, 7, 8, 9, 16, 64 }[i])
        from homogeneous in Gen.Bool
        from specials in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from batch in Gen.Int[0, Batches.Length - 1].Select(i => Batches[i])
        from seed in Gen.Int
        select (new Problem(kind, rows, bound, nConn, homogeneous, specials, 0.4, seed), batch);

    [Fact]
    public void Float_matrix_products_match_the_reference() =>
        Problems.Sample(p => Check<float>(p.Problem, p.Batch), iter: 40, threads: 1);

    [Fact]
    public void Double_matrix_products_match_the_reference() =>
        Problems.Sample(p => Check<double>(p.Problem, p.Batch), iter: 40, threads: 1);

    private static void Check<T>(Problem p, int batch)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = p.Build<T>();
        foreach (bool right in new[] { true, false })
        {
            int n = right ? w.NumPost : w.NumPre;
            var values = p.Vector<T>(n * batch, 5);
            var spikes = p.Spikes(n * batch, 6);
            var (expected, scale) = ReferenceProducts.Matrix(w, values, null, batch, right);
            var actual = AtEveryThreadCount(() => Product(w, ToMatrix(values, n, batch, right), right));
            ReferenceProducts.AssertClose<T>(expected, scale, w.Nse, actual, $"{p} b={batch} {(right ? "W @ M" : "M @ W")}");

            var (expectedEvents, eventScale) = ReferenceProducts.Matrix<T>(w, null, spikes, batch, right);
            var actualEvents = AtEveryThreadCount(() => Product(w, ToMatrix(spikes, n, batch, right), right));
            ReferenceProducts.AssertClose<T>(expectedEvents, eventScale, w.Nse, actualEvents, $"{p} b={batch} {(right ? "W @ S" : "S @ W")}");
        }
    }

    private static T[] AtEveryThreadCount<T>(Func<T[,]> product)
    {
        T[]? first = null;
        foreach (int threads in new[] { 1, 2, 8 })
        {
            T[,] result;
            using (ThreadSettingsCollection.Use(threads))
            {
                result = product();
            }

            var flat = result.Cast<T>().ToArray();
            first ??= flat;
            Assert.True(first.AsSpan().SequenceEqual(flat), $"{threads} threads differ from 1 thread");
        }

        return first!;
    }

    private static T[,] Product<T, TOperand>(FixedNumConn<T> w, TOperand[,] m, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        return (m, right) switch
        {
            (T[,] values, true) => w.MatMat(values),
            (T[,] values, false) => w.LeftMatMat(values),
            (bool[,] spikes, true) => w.MatMat(spikes),
            (bool[,] spikes, false) => w.LeftMatMat(spikes),
            _ => throw new ArgumentException("unsupported operand", nameof(m)),
        };
    }

    /// <summary>The flat operand as the matrix a caller passes: <c>[n, b]</c> on the right, <c>[b, n]</c> on the left.</summary>
    private static TItem[,] ToMatrix<TItem>(TItem[] flat, int n, int batch, bool right)
    {
        int rows = right ? n : batch, cols = right ? batch : n;
        var m = new TItem[rows, cols];
        for (int i = 0; i < flat.Length; i++)
        {
            m[i / cols, i % cols] = flat[i];
        }

        return m;
    }
}
