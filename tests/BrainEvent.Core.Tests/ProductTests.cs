using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests;

/// <summary>Every product and ToDense against dense loops over the generated arrays.</summary>
public class ProductTests
{
    public static TheoryData<ConnCase> Cases => ConnCase.StandardData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToDense_matches_reference(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            Approx.Equal(c.Dense(), c.AbsDense(), c.NConn, c.Build<T>().ToDense(), $"{c} ToDense");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_products_match_reference(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var (dense, abs) = (c.Dense(), c.AbsDense());
            var right = RandomData.Vector(c.NumPost, c.Seed + 7);
            var left = RandomData.Vector(c.NumPre, c.Seed + 8);

            var (mv, mvScale) = DenseReference.MatMul(dense, abs, DenseReference.Column(right));
            Approx.Equal<T>(mv, mvScale, c.Nse, w.MatVec(RandomData.As<T>(right)), $"{c} W @ v");

            var (vm, vmScale) = DenseReference.LeftMatMul(DenseReference.Row(left), dense, abs);
            Approx.Equal<T>(vm, vmScale, c.Nse, w.VecMat(RandomData.As<T>(left)), $"{c} v @ W");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Event_products_match_reference(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var (dense, abs) = (c.Dense(), c.AbsDense());
            foreach (double rate in new[] { 0.0, 0.3, 1.0 })
            {
                var right = RandomData.Spikes(c.NumPost, rate, c.Seed + 9);
                var (mv, mvScale) = DenseReference.MatMul(dense, abs, DenseReference.Column(RandomData.ToDouble(right)));
                Approx.Equal<T>(mv, mvScale, c.Nse, w.MatVec(right), $"{c} W @ s, rate {rate}");
                Approx.Equal<T>(mv, mvScale, c.Nse, w.MatVec(BitSpikes.FromBools(right)), $"{c} W @ bits, rate {rate}");

                var left = RandomData.Spikes(c.NumPre, rate, c.Seed + 10);
                var (vm, vmScale) = DenseReference.LeftMatMul(DenseReference.Row(RandomData.ToDouble(left)), dense, abs);
                Approx.Equal<T>(vm, vmScale, c.Nse, w.VecMat(left), $"{c} s @ W, rate {rate}");
                Approx.Equal<T>(vm, vmScale, c.Nse, w.VecMat(BitSpikes.FromBools(left)), $"{c} bits @ W, rate {rate}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matrix_products_match_reference(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var (dense, abs) = (c.Dense(), c.AbsDense());
            foreach (int batch in new[] { 1, 3 })
            {
                var right = RandomData.Matrix(c.NumPost, batch, c.Seed + batch);
                var (mm, mmScale) = DenseReference.MatMul(dense, abs, right);
                Approx.Equal(mm, mmScale, c.Nse, w.MatMat(RandomData.As<T>(right)), $"{c} W @ M, b={batch}");

                var left = RandomData.Matrix(batch, c.NumPre, c.Seed + 2 * batch);
                var (lm, lmScale) = DenseReference.LeftMatMul(left, dense, abs);
                Approx.Equal(lm, lmScale, c.Nse, w.LeftMatMat(RandomData.As<T>(left)), $"{c} M @ W, b={batch}");

                var rightSpikes = RandomData.SpikeMatrix(c.NumPost, batch, 0.4, c.Seed + 3 * batch);
                var (em, emScale) = DenseReference.MatMul(dense, abs, RandomData.ToDouble(rightSpikes));
                Approx.Equal(em, emScale, c.Nse, w.MatMat(rightSpikes), $"{c} W @ S, b={batch}");

                var leftSpikes = RandomData.SpikeMatrix(batch, c.NumPre, 0.4, c.Seed + 4 * batch);
                var (el, elScale) = DenseReference.LeftMatMul(RandomData.ToDouble(leftSpikes), dense, abs);
                Approx.Equal(el, elScale, c.Nse, w.LeftMatMat(leftSpikes), $"{c} S @ W, b={batch}");
            }
        }
    }

    [Fact]
    public void Span_overloads_overwrite_the_result()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 0, 2 }, { 1, 1 } }, (2, 3));
        var result = new float[] { 99, 99 };
        w.MatVec(new float[] { 1, 10, 100 }, result);
        Assert.Equal(new float[] { 201, 70 }, result);

        var scattered = new float[] { 99, 99, 99 };
        w.VecMat(new bool[] { false, true }, scattered);
        Assert.Equal(new float[] { 0, 7, 0 }, scattered);
    }

    [Fact]
    public void Duplicate_indices_accumulate_in_every_product()
    {
        // Row 0 points at column 1 three times: W[0, 1] = 1 + 2 + 3.
        var w = new FixedPostNumConn<double>(new double[,] { { 1, 2, 3 } }, new int[,] { { 1, 1, 1 } }, (1, 2));
        Assert.Equal(6.0, w.ToDense()[0, 1]);
        Assert.Equal(new[] { 60.0 }, w.MatVec(new double[] { 5, 10 }));
        Assert.Equal(new[] { 0.0, 6.0 }, w.VecMat(new[] { true }));
        Assert.Equal(new[] { 6.0 }, w.MatVec(new[] { false, true }));
        Assert.Equal(6.0, w.Transpose().MatVec(new[] { true })[1]);
    }

    [Fact]
    public void Matrix_products_with_an_empty_batch_are_empty()
    {
        var w = new FixedPreNumConn<float>(1f, new int[,] { { 0 }, { 1 } }, (2, 2));
        Assert.Equal(0, w.MatMat(new float[2, 0]).GetLength(1));
        Assert.Equal(0, w.LeftMatMat(new bool[0, 2]).GetLength(0));
    }
}
