using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests;

/// <summary>Algebraic identities that tie the two classes and the product forms together.</summary>
public class IdentityTests
{
    public static TheoryData<ConnCase> Cases => ConnCase.StandardData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Transpose_swaps_shape_and_dense_form(ConnCase c)
    {
        var w = c.Build<double>();
        var t = Transpose(w);
        Assert.Equal((w.NumPost, w.NumPre), t.Shape);
        Assert.NotEqual(w.Kind, t.Kind);
        Assert.True(t.Indices.Equals(w.Indices), "the transpose shares the indices");
        Assert.True(t.Data.Equals(w.Data), "the transpose shares the values");
        var dense = w.ToDense();
        var denseT = t.ToDense();
        for (int i = 0; i < w.NumPre; i++)
        {
            for (int j = 0; j < w.NumPost; j++)
            {
                Assert.Equal(dense[i, j], denseT[j, i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_and_matrix_products_agree_with_their_transposes(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var t = Transpose(w);
            var v = RandomData.As<T>(RandomData.Vector(c.NumPre, c.Seed));
            Assert.Equal(w.VecMat(v), t.MatVec(v));
            var s = RandomData.Spikes(c.NumPost, 0.5, c.Seed);
            Assert.Equal(w.MatVec(s), t.VecMat(s));

            // W @ M == (M^T @ W^T)^T
            var m = RandomData.As<T>(RandomData.Matrix(c.NumPost, 3, c.Seed));
            var direct = w.MatMat(m);
            var viaTranspose = t.LeftMatMat(Transpose(m));
            Assert.Equal(direct, Transpose(viaTranspose));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Event_products_equal_float_products_on_zero_one_vectors(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var (abs, terms) = (c.AbsDense(), c.Nse);
            foreach (double rate in new[] { 0.0, 0.2, 1.0 })
            {
                var right = RandomData.Spikes(c.NumPost, rate, c.Seed + 3);
                var rightFloat = RandomData.As<T>(RandomData.ToDouble(right));
                var (_, scale) = DenseReference.MatMul(c.Dense(), abs, DenseReference.Column(RandomData.ToDouble(right)));
                Approx.Equal<T>(ToDouble(w.MatVec(rightFloat)), scale, terms, w.MatVec(right), $"{c} W @ s vs W @ float(s)");

                var left = RandomData.Spikes(c.NumPre, rate, c.Seed + 4);
                var leftFloat = RandomData.As<T>(RandomData.ToDouble(left));
                var (_, leftScale) = DenseReference.LeftMatMul(DenseReference.Row(RandomData.ToDouble(left)), c.Dense(), abs);
                Approx.Equal<T>(ToDoubleRow(w.VecMat(leftFloat)), leftScale, terms, w.VecMat(left), $"{c} s @ W vs float(s) @ W");
            }
        }
    }

    private static FixedNumConn<T> Transpose<T>(FixedNumConn<T> w)
        where T : unmanaged, IFloatingPointIeee754<T> => w switch
        {
            FixedPostNumConn<T> post => post.Transpose(),
            FixedPreNumConn<T> pre => pre.Transpose(),
            _ => throw new InvalidOperationException(),
        };

    private static T[,] Transpose<T>(T[,] m)
    {
        var t = new T[m.GetLength(1), m.GetLength(0)];
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                t[j, i] = m[i, j];
            }
        }

        return t;
    }

    private static double[,] ToDouble<T>(T[] column)
        where T : unmanaged, IFloatingPointIeee754<T> => DenseReference.Column(column.Select(double.CreateChecked).ToArray());

    private static double[,] ToDoubleRow<T>(T[] row)
        where T : unmanaged, IFloatingPointIeee754<T> => DenseReference.Row(row.Select(double.CreateChecked).ToArray());
}
