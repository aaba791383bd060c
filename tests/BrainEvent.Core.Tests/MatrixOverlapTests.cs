using System.Numerics;
using System.Runtime.InteropServices;
using BrainEvent.Tests.Reference;

namespace BrainEvent.Tests;

/// <summary>
/// A matrix product written into its own operand would read rows it has already overwritten: every
/// overload with a matrix result rejects that before any work, as the vector products reject
/// overlapping spans.
/// </summary>
public class MatrixOverlapTests
{
    private const int Batch = 3;

    public static TheoryData<FixedNumConnKind, bool> Cases => new()
    {
        { FixedNumConnKind.FixedPost, false },
        { FixedNumConnKind.FixedPost, true },
        { FixedNumConnKind.FixedPre, false },
        { FixedNumConnKind.FixedPre, true },
    };

    [Fact]
    public void The_swap_writes_the_product_elsewhere_and_rejects_its_operand_as_result()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1f }, { 1f } }, new[,] { { 1 }, { 0 } }, (2, 2));
        var m = new float[,] { { 1 }, { 2 } };
        Assert.Equal(new float[,] { { 2 }, { 1 } }, w.MatMat(m));

        var error = Assert.Throws<ArgumentException>(() => w.MatMat(m, m));
        Assert.Equal("result", error.ParamName);
        Assert.StartsWith("result must not overlap m.", error.Message);
        Assert.Equal(new float[,] { { 1 }, { 2 } }, m);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Float_matrix_products_reject_their_operand_as_result(FixedNumConnKind kind, bool lazy) =>
        Check<float>(kind, lazy);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double_matrix_products_reject_their_operand_as_result(FixedNumConnKind kind, bool lazy) =>
        Check<double>(kind, lazy);

    [Fact]
    public void The_overlap_check_rejects_shared_memory_and_accepts_separate_buffers()
    {
        var matrix = new float[2, 2];
        var other = new float[2, 2];
        var vector = new float[4];

        var same = Assert.Throws<ArgumentException>(() => ConnValidation.RequireNoOverlap(matrix, matrix, "m"));
        Assert.Equal("result", same.ParamName);
        Assert.StartsWith("result must not overlap m.", same.Message);
        var rowOfResult = Assert.Throws<ArgumentException>(
            () => ConnValidation.RequireNoOverlap<float, float>(MemoryMarshal.CreateSpan(ref matrix[1, 0], 2), Dense2D.Flat(matrix), "g"));
        Assert.StartsWith("result must not overlap g.", rowOfResult.Message);
        var shifted = Assert.Throws<ArgumentException>(() => ConnValidation.RequireNoOverlap<float, float>(vector.AsSpan(0, 2), vector.AsSpan(1, 2), "v"));
        Assert.StartsWith("result must not overlap v.", shifted.Message);

        ConnValidation.RequireNoOverlap(matrix, other, "m");
        ConnValidation.RequireNoOverlap<float, float>(MemoryMarshal.CreateSpan(ref matrix[1, 0], 2), Dense2D.Flat(other), "g");
        ConnValidation.RequireNoOverlap<float, float>(vector.AsSpan(0, 2), vector.AsSpan(2, 2), "v");
    }

    /// <summary>
    /// <c>W @ M</c> and <c>M @ W</c> on a swap of two neurons (square, so M and the result have one shape):
    /// into a fresh array they equal the reference; into M itself they throw and leave M as it was.
    /// </summary>
    private static void Check<T>(FixedNumConnKind kind, bool lazy)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = Swap<T>(kind, lazy);
        Assert.Equal(lazy, w.IsLazy);
        foreach (bool right in new[] { true, false })
        {
            var m = Operand<T>(right);
            var before = (T[,])m.Clone();
            var expected = ReferenceProducts.Matrix(w, Flat(m), null, Batch, right).Result;
            var result = new T[m.GetLength(0), m.GetLength(1)];
            Action product = right ? () => w.MatMat(m, result) : () => w.LeftMatMat(m, result);
            product();
            Assert.Equal(expected, Flat(result));

            Action inPlace = right ? () => w.MatMat(m, m) : () => w.LeftMatMat(m, m);
            var error = Assert.Throws<ArgumentException>(inPlace);
            Assert.Equal("result", error.ParamName);
            Assert.StartsWith("result must not overlap m.", error.Message);
            Assert.Equal(before, m);
        }
    }

    /// <summary>W[0, 1] = 3 and W[1, 0] = 5; a lazy matrix holds half of them, doubled on use.</summary>
    private static FixedNumConn<T> Swap<T>(FixedNumConnKind kind, bool lazy)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T two = T.CreateChecked(2);
        T Value(int v) => lazy ? T.CreateChecked(v) / two : T.CreateChecked(v);

        // FixedPost stores W's rows, FixedPre its columns: W[0, 1] sits in stored row 0 for one, row 1 for the other.
        var data = kind == FixedNumConnKind.FixedPost
            ? new[,] { { Value(3) }, { Value(5) } }
            : new[,] { { Value(5) }, { Value(3) } };
        var indices = new[,] { { 1 }, { 0 } };
        if (kind == FixedNumConnKind.FixedPost)
        {
            var post = new FixedPostNumConn<T>(data, indices, (2, 2));
            return lazy ? post * two : post;
        }

        var pre = new FixedPreNumConn<T>(data, indices, (2, 2));
        return lazy ? pre * two : pre;
    }

    /// <summary><c>(NumPost, b)</c> for <c>W @ M</c>, <c>(b, NumPre)</c> for <c>M @ W</c>, with distinct entries.</summary>
    private static T[,] Operand<T>(bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var m = right ? new T[2, Batch] : new T[Batch, 2];
        for (int r = 0; r < m.GetLength(0); r++)
        {
            for (int c = 0; c < m.GetLength(1); c++)
            {
                m[r, c] = T.CreateChecked(1 + (r * m.GetLength(1)) + c);
            }
        }

        return m;
    }

    private static T[] Flat<T>(T[,] m) => m.Cast<T>().ToArray();
}
