using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests;

/// <summary>Apply, Apply2 and the operators against the same maps computed on the raw arrays.</summary>
public class ElementwiseTests
{
    public static TheoryData<ConnCase> Cases => new(ConnCase.Standard().Where(c => c.Nse < 2000));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Operators_map_every_value(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var values = w.Data.ToArray();
            T two = T.CreateChecked(2), half = T.CreateChecked(0.5);
            ExpectMapped(w, Binary(w, two, static (m, s) => m + s), values, v => v + two);
            ExpectMapped(w, Binary(w, two, static (m, s) => s - m), values, v => two - v);
            ExpectMapped(w, Binary(w, half, static (m, s) => m * s), values, v => v * half);
            ExpectMapped(w, Binary(w, two, static (m, s) => s / m), values, v => two / v);
            ExpectMapped(w, Binary(w, half, static (m, s) => m % s), values, v => v % half);
            ExpectMapped(w, Unary(w, static m => -m), values, v => -v);
            Assert.Same(w, Unary(w, static m => +m));
            ExpectMapped(w, Unary(w, static m => m.Abs()), values, T.Abs);
            ExpectMapped(w, Unary(w, static m => m + m), values, v => v + v);
            ExpectMapped(w, Unary(w, static m => m * (m - m)), values, v => v * (v - v));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_and_Apply2_map_every_value(ConnCase c)
    {
        switch (c.Build<double>())
        {
            case FixedPostNumConn<double> post:
                Check(post);
                break;
            case FixedPreNumConn<double> pre:
                Check(pre);
                break;
        }

        static void Check<TSelf>(TSelf w)
            where TSelf : FixedNumConn<double, TSelf>
        {
            var values = w.Data.ToArray();
            double gain = 3;
            ExpectMapped(w, w.Apply(x => Math.Min(x * gain, 0.5)), values, x => Math.Min(x * 3, 0.5));
            ExpectMapped(w, w.Apply2(2.0, (x, y) => x - y), values, x => x - 2);
            ExpectMapped(w, w.Apply2(2.0, (x, y) => x - y, reverse: true), values, x => 2 - x);
            ExpectMapped(w, w.Apply2(w.Apply(x => x * x), (x, y) => x + y), values, x => x + x * x);
            ExpectMapped(w, w.Apply2(w.Apply(x => x * x), (x, y) => x / y, reverse: true), values, x => x * x / x);

            var dense = new double[w.NumPre, w.NumPost];
            for (int i = 0; i < w.NumPre; i++)
            {
                for (int j = 0; j < w.NumPost; j++)
                {
                    dense[i, j] = i * 1000 + j;
                }
            }

            var sampled = w.Apply2(dense, (x, d) => d);
            var indices = w.Indices.ToArray();
            bool rowsArePre = w.Kind == FixedNumConnKind.FixedPost;
            for (int slot = 0; slot < w.Nse; slot++)
            {
                int row = slot / w.NConn;
                double expected = rowsArePre ? row * 1000 + indices[slot] : indices[slot] * 1000 + row;
                Assert.Equal(expected, sampled.Data.Span[slot]);
            }

            dense[0, 0] = -1;
            Assert.DoesNotContain(-1.0, sampled.Data.ToArray());
        }
    }

    [Fact]
    public void Apply2_with_a_dense_matrix_samples_FixedPre_by_column()
    {
        var w = new FixedPreNumConn<float>(new float[,] { { 1 }, { 2 } }, new int[,] { { 2 }, { 0 } }, (3, 2));
        var dense = new float[,] { { 10, 11 }, { 20, 21 }, { 30, 31 } };
        Assert.Equal(new float[] { 31, 13 }, w.Apply2(dense, (x, d) => x + d).Data.ToArray());
    }

    [Fact]
    public void Homogeneous_stays_homogeneous_until_mixed_with_per_slot_values()
    {
        var w = new FixedPostNumConn<float>(0.5f, new int[,] { { 0, 1 }, { 1, 2 } }, (2, 3));
        var scaled = w * 4f;
        Assert.True(scaled.IsHomogeneous);
        Assert.Equal(new[] { 2f }, scaled.Data.ToArray());
        var mixed = w + w.WithData(new float[] { 1, 2, 3, 4 });
        Assert.False(mixed.IsHomogeneous);
        Assert.Equal(new[] { 1.5f, 2.5f, 3.5f, 4.5f }, mixed.Data.ToArray());
    }

    [Fact]
    public void Remainder_follows_csharp_not_python()
    {
        var w = new FixedPostNumConn<double>(new double[,] { { -7 } }, new int[,] { { 0 } }, (1, 1));
        Assert.Equal(-1.0, (w % 3.0).Data.Span[0]);
        Assert.Equal(3.0, (10.0 % -w).Data.Span[0]);
    }

    [Fact]
    public void Operations_do_not_change_the_source_or_the_callers_arrays()
    {
        var data = new float[,] { { 1, -2 }, { 3, -4 } };
        var indices = new int[,] { { 0, 1 }, { 1, 1 } };
        var w = new FixedPostNumConn<float>(data, indices, (2, 2));
        var before = w.Data.ToArray();
        _ = (-(w * 2f) + 1f).Apply(x => x * x).Evaluate();
        _ = w.Abs().WithData(new float[] { 9, 9, 9, 9 }).ToDense();
        Assert.Equal(before, w.Data.ToArray());
        Assert.Equal(new float[,] { { 1, -2 }, { 3, -4 } }, data);
        Assert.Equal(new int[,] { { 0, 1 }, { 1, 1 } }, indices);

        data[0, 0] = 100;
        indices[0, 0] = 1;
        Assert.Equal(before, w.Data.ToArray());
        Assert.Equal(0, w.Indices.Span[0]);
    }

    /// <summary>Operators are defined on the concrete classes; dynamic picks the right one for either.</summary>
    private static FixedNumConn<T> Binary<T>(FixedNumConn<T> w, T s, Func<dynamic, dynamic, dynamic> op)
        where T : unmanaged, IFloatingPointIeee754<T> => (FixedNumConn<T>)op(w, s);

    private static FixedNumConn<T> Unary<T>(FixedNumConn<T> w, Func<dynamic, dynamic> op)
        where T : unmanaged, IFloatingPointIeee754<T> => (FixedNumConn<T>)op(w);

    private static void ExpectMapped<T>(FixedNumConn<T> source, FixedNumConn<T> mapped, T[] values, Func<T, T> f)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.True(mapped.IsLazy);
        Assert.Equal(source.Shape, mapped.Shape);
        Assert.Equal(source.Kind, mapped.Kind);
        Assert.True(mapped.Indices.Equals(source.Indices), "element-wise results share the structure");
        Assert.Equal(source.IsHomogeneous, mapped.IsHomogeneous);
        Assert.Equal(values.Select(f).ToArray(), mapped.Data.ToArray());
    }
}
