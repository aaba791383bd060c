using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>Arguments of the 2-D constructor, <c>(T[,] data, int[,] indices, shape, options)</c>; values are converted to T at the call.</summary>
internal sealed record ArrayArguments(FixedNumConnKind Kind, (int Rows, int Cols) Shape, double[,]? Data, int[,]? Indices, ConnOptions? Options)
{
    public override string ToString() => $"{Kind} shape={Shape} data={Arrays.Show(Data)} indices={Arrays.Show(Indices)} options={Options}";
}

/// <summary>Arguments of the homogeneous constructor, <c>(T weight, int[,] indices, shape, options)</c>.</summary>
internal sealed record WeightArguments(FixedNumConnKind Kind, (int Rows, int Cols) Shape, double Weight, int[,]? Indices, ConnOptions? Options)
{
    public override string ToString() => $"{Kind} shape={Shape} weight={Weight} indices={Arrays.Show(Indices)} options={Options}";
}

/// <summary>Arguments of the flat constructor, <c>(ReadOnlyMemory&lt;T&gt; data, ReadOnlyMemory&lt;int&gt; indices, nConn, shape, options)</c>.</summary>
internal sealed record FlatArguments(FixedNumConnKind Kind, (int Rows, int Cols) Shape, double[] Data, int[] Indices, int NConn, ConnOptions? Options)
{
    public override string ToString() => $"{Kind} shape={Shape} nConn={NConn} data={Arrays.Show(Data)} indices={Arrays.Show(Indices)} options={Options}";
}

/// <summary>
/// Generators of constructor arguments: mostly near-valid (so that valid matrices are built too), with
/// dimensions of 0, -1, <c>int.MinValue</c> and <c>int.MaxValue</c>, row counts and data lengths that do not
/// match, indices of -1, the bound itself, <c>int.MinValue</c> and <c>int.MaxValue</c>, empty arrays,
/// nConn 0, nulls and invalid options. Values are small multiples of 0.5, so every dense sum is exact.
/// </summary>
internal static class ConstructorArguments
{
    public static readonly Gen<int> Dim =
        Gen.Frequency((8, Gen.Int[1, 5]), (1, Gen.OneOf(0, -1, int.MinValue, int.MaxValue)));

    public static readonly Gen<double> Value = Gen.Int[-4, 4].Select(i => i * 0.5);

    /// <summary>Mostly null (the defaults); otherwise the defaults, a mirror at construction, or something invalid.</summary>
    public static readonly Gen<ConnOptions?> Options = Gen.Int[0, 14].Select(i => i switch
    {
        0 => ConnOptions.Default,
        1 => new ConnOptions(MaintainDualLayout: true),
        2 => new ConnOptions(PrimaryLayout: ConnLayout.Column),
        3 => new ConnOptions(BitpackPackAxis: 1),
        4 => new ConnOptions(BitpackPackAxis: -1),
        _ => (ConnOptions?)null,
    });

    /// <summary>Mostly no null; otherwise which reference argument is null (1 or 2).</summary>
    private static readonly Gen<int> Nulls = Gen.Frequency((30, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)));

    public static readonly Gen<ArrayArguments> ForArrays =
        from kind in Gen.Enum<FixedNumConnKind>()
        from rows in Dim
        from cols in Dim
        let shape = (rows, cols)
        from indexRows in Count(ConnReference.StorageRows(kind, shape))
        from nConn in Gen.Int[0, 4]
        from indices in Index(ConnReference.IndexBound(kind, shape)).Array[indexRows * nConn]
        from dataShape in Gen.Frequency(
            (6, Gen.Const((indexRows, nConn))),
            (2, Gen.Const((1, 1))),
            (1, from r in Gen.Int[0, 4] from c in Gen.Int[0, 4] select (r, c)))
        from values in Value.Array[dataShape.Item1 * dataShape.Item2]
        from nulls in Nulls
        from options in Options
        select new ArrayArguments(
            kind, shape, nulls == 1 ? null : Arrays.To2D(values, dataShape.Item1, dataShape.Item2),
            nulls == 2 ? null : Arrays.To2D(indices, indexRows, nConn), options);

    public static readonly Gen<WeightArguments> ForWeight =
        from kind in Gen.Enum<FixedNumConnKind>()
        from rows in Dim
        from cols in Dim
        let shape = (rows, cols)
        from indexRows in Count(ConnReference.StorageRows(kind, shape))
        from nConn in Gen.Int[0, 4]
        from indices in Index(ConnReference.IndexBound(kind, shape)).Array[indexRows * nConn]
        from weight in Value
        from nulls in Nulls
        from options in Options
        select new WeightArguments(kind, shape, weight, nulls == 0 ? Arrays.To2D(indices, indexRows, nConn) : null, options);

    public static readonly Gen<FlatArguments> ForFlat =
        from kind in Gen.Enum<FixedNumConnKind>()
        from rows in Dim
        from cols in Dim
        let shape = (rows, cols)
        from nConn in Gen.Frequency((8, Gen.Int[0, 4]), (1, Gen.OneOf(-1, int.MinValue, int.MaxValue, 1 << 16)))
        from indexRows in Count(ConnReference.StorageRows(kind, shape))
        from indexCount in Gen.Frequency((8, Gen.Const(indexRows * Math.Clamp(nConn, 0, 4))), (1, Gen.Int[0, 9]))
        from indices in Index(ConnReference.IndexBound(kind, shape)).Array[indexCount]
        from dataCount in Gen.Frequency((5, Gen.Const(indexCount)), (2, Gen.Const(1)), (1, Gen.Int[0, 9]))
        from values in Value.Array[dataCount]
        from options in Options
        select new FlatArguments(kind, shape, values, indices, nConn, options);

    /// <summary>A row count: mostly the expected one when it is small, else anything from 0 to 6.</summary>
    private static Gen<int> Count(int expected) => expected is >= 0 and <= 6
        ? Gen.Frequency((6, Gen.Const(expected)), (1, Gen.Int[0, 6]))
        : Gen.Int[0, 6];

    /// <summary>An index: mostly in range, sometimes at or past either end.</summary>
    private static Gen<int> Index(int bound) => Gen.Frequency(
        (14, bound > 0 ? Gen.Int[0, bound - 1] : Gen.Int[-2, 2]),
        (1, Gen.OneOf(-1, bound, int.MinValue, int.MaxValue)));
}
