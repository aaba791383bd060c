using System.Numerics;
using BrainEvent.Tests.Support;
using static BrainEvent.Tests.Guarantees.ConnReference;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Random arguments for the three constructors of both classes: each call builds the matrix its
/// arguments describe or throws an <see cref="ArgumentException"/> naming an argument at fault, and leaves
/// the caller's arrays as they were.
/// </summary>
public class ConstructorArgumentTests
{
    private const int Cases = 3000;

    [Fact]
    public void Array_constructor_float() => SeededCases.Run(ConstructorArguments.ForArrays, Cases, 1501, CheckArrays<float>);

    [Fact]
    public void Array_constructor_double() => SeededCases.Run(ConstructorArguments.ForArrays, Cases, 1502, CheckArrays<double>);

    [Fact]
    public void Weight_constructor_float() => SeededCases.Run(ConstructorArguments.ForWeight, Cases, 1503, CheckWeight<float>);

    [Fact]
    public void Weight_constructor_double() => SeededCases.Run(ConstructorArguments.ForWeight, Cases, 1504, CheckWeight<double>);

    [Fact]
    public void Flat_constructor_float() => SeededCases.Run(ConstructorArguments.ForFlat, Cases, 1505, CheckFlat<float>);

    [Fact]
    public void Flat_constructor_double() => SeededCases.Run(ConstructorArguments.ForFlat, Cases, 1506, CheckFlat<double>);

    private static void CheckArrays<T>(ArrayArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = a.Data is null ? null : RandomData.As<T>(a.Data);
        var indices = a.Indices;
        var (dataBefore, indicesBefore) = ((T[,]?)data?.Clone(), (int[,]?)indices?.Clone());
        var method = a.Kind == FixedNumConnKind.FixedPost
            ? ArgumentOutcome.Constructor<FixedPostNumConn<T>>(typeof(T[,]), typeof(int[,]), typeof((int, int)), typeof(ConnOptions))
            : ArgumentOutcome.Constructor<FixedPreNumConn<T>>(typeof(T[,]), typeof(int[,]), typeof((int, int)), typeof(ConnOptions));
        FixedNumConn<T> Build() => a.Kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<T>(data!, indices!, a.Shape, a.Options)
            : new FixedPreNumConn<T>(data!, indices!, a.Shape, a.Options);

        if (ArgumentOutcome.Succeeds(method, BlameArrays(a), Build, out var m))
        {
            AssertBuilt(m, a.Kind, a.Shape, indices!.GetLength(1), Arrays.Flat(indices), Arrays.Flat(a.Data!));
        }

        Assert.True(Arrays.Unchanged(dataBefore, data) && Arrays.Unchanged(indicesBefore, indices), "the caller's arrays changed");
    }

    private static void CheckWeight<T>(WeightArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var indices = a.Indices;
        var indicesBefore = (int[,]?)indices?.Clone();
        var method = a.Kind == FixedNumConnKind.FixedPost
            ? ArgumentOutcome.Constructor<FixedPostNumConn<T>>(typeof(T), typeof(int[,]), typeof((int, int)), typeof(ConnOptions))
            : ArgumentOutcome.Constructor<FixedPreNumConn<T>>(typeof(T), typeof(int[,]), typeof((int, int)), typeof(ConnOptions));
        T weight = T.CreateChecked(a.Weight);
        FixedNumConn<T> Build() => a.Kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<T>(weight, indices!, a.Shape, a.Options)
            : new FixedPreNumConn<T>(weight, indices!, a.Shape, a.Options);

        var blame = new HashSet<string>();
        if (indices is null)
        {
            blame.Add("indices");
        }
        else
        {
            BlameIndices(blame, a.Kind, a.Shape, indices, a.Options);
        }

        if (ArgumentOutcome.Succeeds(method, blame, Build, out var m))
        {
            Assert.True(m.IsHomogeneous);
            AssertBuilt(m, a.Kind, a.Shape, indices!.GetLength(1), Arrays.Flat(indices), [a.Weight]);
        }

        Assert.True(Arrays.Unchanged(indicesBefore, indices), "the caller's indices changed");
    }

    private static void CheckFlat<T>(FlatArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = a.Data.Select(T.CreateChecked).ToArray();
        var indices = a.Indices;
        var (dataBefore, indicesBefore) = ((T[])data.Clone(), (int[])indices.Clone());
        var method = a.Kind == FixedNumConnKind.FixedPost
            ? ArgumentOutcome.Constructor<FixedPostNumConn<T>>(typeof(ReadOnlyMemory<T>), typeof(ReadOnlyMemory<int>), typeof(int), typeof((int, int)), typeof(ConnOptions))
            : ArgumentOutcome.Constructor<FixedPreNumConn<T>>(typeof(ReadOnlyMemory<T>), typeof(ReadOnlyMemory<int>), typeof(int), typeof((int, int)), typeof(ConnOptions));
        FixedNumConn<T> Build() => a.Kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<T>(data, indices, a.NConn, a.Shape, a.Options)
            : new FixedPreNumConn<T>(data, indices, a.NConn, a.Shape, a.Options);

        if (ArgumentOutcome.Succeeds(method, BlameFlat(a), Build, out var m))
        {
            AssertBuilt(m, a.Kind, a.Shape, a.NConn, indices, a.Data);
        }

        Assert.True(Arrays.Unchanged(dataBefore, data) && Arrays.Unchanged(indicesBefore, indices), "the caller's arrays changed");
    }

    private static HashSet<string> BlameArrays(ArrayArguments a)
    {
        var blame = new HashSet<string>();
        if (a.Data is null)
        {
            blame.Add("data");
        }

        if (a.Indices is null)
        {
            blame.Add("indices");
            return blame;
        }

        BlameIndices(blame, a.Kind, a.Shape, a.Indices, a.Options);
        bool sameShape = a.Data is not null && a.Data.GetLength(0) == a.Indices.GetLength(0) && a.Data.GetLength(1) == a.Indices.GetLength(1);
        if (a.Data is not null && a.Data.Length != 1 && !sameShape)
        {
            blame.UnionWith(["data", "indices"]);
        }

        return blame;
    }

    /// <summary>The rules shared by the 2-D forms: options, shape, rows of indices, index range, the mirror.</summary>
    private static void BlameIndices(HashSet<string> blame, FixedNumConnKind kind, (int Rows, int Cols) shape, int[,] indices, ConnOptions? options)
    {
        if (!OptionsValid(options))
        {
            blame.Add("options");
        }

        if (!ShapeValid(shape))
        {
            blame.Add("shape");
            return;
        }

        int bound = IndexBound(kind, shape);
        if (indices.GetLength(0) != StorageRows(kind, shape) || !InRange(Arrays.Flat(indices), bound))
        {
            blame.UnionWith(["indices", "shape"]);
        }

        if (!MirrorRequestFits(options, bound))
        {
            blame.UnionWith(["options", "shape"]);
        }
    }

    private static HashSet<string> BlameFlat(FlatArguments a)
    {
        var blame = new HashSet<string>();
        if (!OptionsValid(a.Options))
        {
            blame.Add("options");
        }

        if (a.NConn < 0)
        {
            blame.Add("nConn");
        }

        if (!ShapeValid(a.Shape))
        {
            blame.Add("shape");
        }

        if (blame.Contains("nConn") || blame.Contains("shape"))
        {
            return blame;
        }

        long nse = (long)StorageRows(a.Kind, a.Shape) * a.NConn;
        int bound = IndexBound(a.Kind, a.Shape);
        if (nse > Array.MaxLength)
        {
            blame.UnionWith(["nConn", "shape"]);
            return blame;
        }

        if (a.Indices.Length != nse || !InRange(a.Indices, bound))
        {
            blame.UnionWith(["indices", "nConn", "shape"]);
        }

        if (a.Data.Length != nse && a.Data.Length != 1)
        {
            blame.UnionWith(["data", "nConn", "shape"]);
        }

        if (!MirrorRequestFits(a.Options, bound))
        {
            blame.UnionWith(["options", "shape"]);
        }

        return blame;
    }
}
