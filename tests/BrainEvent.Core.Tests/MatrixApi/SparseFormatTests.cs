using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.MatrixApi;

/// <summary>
/// ToCsr, ToCsc and ToCoo against an independent list of the slots' entries: the same entries in the
/// documented order (duplicates kept), and a dense form equal to the reference.
/// </summary>
public class SparseFormatTests
{
    public static TheoryData<ConnCase> Cases => ConnCase.StandardData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Csr_lists_the_slots_by_row_in_slot_order(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var csr = w.ToCsr();
            var expected = Entries(c).OrderBy(e => e.Row).ThenBy(e => e.Slot).ToArray();
            AssertCompressed(c, csr.Indptr, c.NumPre, expected.Select(e => e.Row), csr.ColumnIndices, expected.Select(e => e.Col), csr.Data, expected);
            Assert.Equal((c.NumPre, c.NumPost), csr.Shape);
            AssertHomogeneity(w, csr.IsHomogeneous, csr.Data);
            Assert.Equal(c.Nse, csr.Nse);
            Approx.Equal(c.Dense(), c.AbsDense(), c.NConn, csr.ToDense(), $"{c} CSR ToDense");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Csc_lists_the_slots_by_column_in_slot_order(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var csc = w.ToCsc();
            var expected = Entries(c).OrderBy(e => e.Col).ThenBy(e => e.Slot).ToArray();
            AssertCompressed(c, csc.Indptr, c.NumPost, expected.Select(e => e.Col), csc.RowIndices, expected.Select(e => e.Row), csc.Data, expected);
            Assert.Equal((c.NumPre, c.NumPost), csc.Shape);
            AssertHomogeneity(w, csc.IsHomogeneous, csc.Data);
            Approx.Equal(c.Dense(), c.AbsDense(), c.NConn, csc.ToDense(), $"{c} CSC ToDense");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coo_lists_every_slot_in_slot_order(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var coo = w.ToCoo();
            var expected = Entries(c).ToArray();
            Assert.Equal(expected.Select(e => e.Row), coo.RowIndices);
            Assert.Equal(expected.Select(e => e.Col), coo.ColumnIndices);
            AssertValues(c, coo.Data, expected);
            AssertHomogeneity(w, coo.IsHomogeneous, coo.Data);
            Assert.Equal(c.Nse, coo.Nse);
            Approx.Equal(c.Dense(), c.AbsDense(), c.NConn, coo.ToDense(), $"{c} COO ToDense");
        }
    }

    [Fact]
    public void Duplicates_stay_separate_entries()
    {
        var w = new FixedPreNumConn<double>(new double[,] { { 2, 3 }, { 5, 1 } }, new int[,] { { 1, 1 }, { 0, 1 } }, (2, 2));
        var csr = w.ToCsr();
        Assert.Equal(new[] { 0, 1, 4 }, csr.Indptr);
        Assert.Equal(new[] { 1, 0, 0, 1 }, csr.ColumnIndices);
        Assert.Equal(new[] { 5.0, 2, 3, 1 }, csr.Data);
        Assert.Equal(new double[,] { { 0, 5 }, { 5, 1 } }, csr.ToDense());
        Assert.Equal(new[] { 0, 2, 4 }, w.ToCsc().Indptr);
    }

    [Fact]
    public void A_lazy_matrix_gives_its_computed_values()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1, 2 }, { 3, 4 } }, new int[,] { { 1, 0 }, { 1, 1 } }, (2, 2));
        var lazy = w * 3f;
        Assert.Equal(new float[] { 3, 6, 9, 12 }, lazy.ToCoo().Data);
        Assert.Equal(new float[] { 6, 3, 9, 12 }, lazy.ToCsc().Data);
        Assert.Equal(lazy.ToDense(), lazy.ToCsr().ToDense());
    }

    /// <summary>The flag follows the matrix (a one-slot matrix with one value is not homogeneous), and a homogeneous form holds one value.</summary>
    private static void AssertHomogeneity<T>(FixedNumConn<T> w, bool isHomogeneous, T[] data)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(w.IsHomogeneous, isHomogeneous);
        Assert.Equal(w.IsHomogeneous ? 1 : w.Nse, data.Length);
    }

    private static void AssertCompressed<T>(
        ConnCase c, int[] indptr, int majorCount, IEnumerable<int> expectedMajor, int[] minor, IEnumerable<int> expectedMinor, T[] data, Entry[] expected)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var majors = expectedMajor.ToArray();
        var expectedIndptr = Enumerable.Range(0, majorCount + 1).Select(m => majors.Count(x => x < m)).ToArray();
        Assert.Equal(expectedIndptr, indptr);
        Assert.Equal(expectedMinor, minor);
        AssertValues(c, data, expected);
    }

    private static void AssertValues<T>(ConnCase c, T[] data, Entry[] expected)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // The case's values are exact in float, so both element types hold them exactly.
        var values = c.Values();
        var expectedData = c.Homogeneous ? values : expected.Select(e => values[e.Slot]).ToArray();
        Assert.Equal(expectedData, data.Select(double.CreateChecked));
    }

    /// <summary>Every slot as (row of W, column of W, slot), in slot order.</summary>
    private static IEnumerable<Entry> Entries(ConnCase c)
    {
        var indices = c.IndicesFlat();
        for (int slot = 0; slot < c.Nse; slot++)
        {
            int stored = slot / c.NConn;
            yield return c.Kind == FixedNumConnKind.FixedPost ? new Entry(stored, indices[slot], slot) : new Entry(indices[slot], stored, slot);
        }
    }

    private readonly record struct Entry(int Row, int Col, int Slot);
}
