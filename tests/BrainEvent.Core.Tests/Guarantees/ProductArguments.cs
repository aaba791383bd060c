using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>Every product form: the operand kind and direction, allocating or into a result, and the compiled handles.</summary>
internal enum ProductForm
{
    MatVecValues,
    VecMatValues,
    MatVecBools,
    VecMatBools,
    MatVecBits,
    VecMatBits,
    MatMatValues,
    LeftMatMatValues,
    MatMatBools,
    LeftMatMatBools,
    CompiledMatVecValues,
    CompiledVecMatValues,
    CompiledMatVecBools,
    CompiledVecMatBools,
    CompiledMatVecBits,
    CompiledVecMatBits,
}

/// <summary>How the result relates to the operand's memory.</summary>
internal enum Aliasing
{
    Separate,

    /// <summary>Result and operand overlap in one buffer (for matrices: the result is the operand array).</summary>
    Overlapping,

    /// <summary>Result right after the operand in one buffer: legal.</summary>
    Adjacent,
}

/// <summary>
/// One product call on a small random matrix (possibly homogeneous, possibly a lazy chain): operand and
/// result sizes off by <see cref="InputDelta"/> and <see cref="ResultDelta"/>, nulls, aliasing, and for the
/// compiled handles other weights (<see cref="OtherWeights"/>: 0 none, 1 same structure, 2 another, 3 null).
/// </summary>
internal sealed record ProductArguments(
    FixedNumConnKind Kind, int Rows, int Cols, int NConn, bool Homogeneous, bool Lazy, int Seed, ProductForm Form,
    bool Allocating, int InputDelta, int ResultDelta, int Batch, Aliasing Aliasing, bool NullOperand, bool NullResult, int OtherWeights)
{
    private static readonly Gen<int> Delta = Gen.Frequency((8, Gen.Const(0)), (1, Gen.Const(-1)), (1, Gen.Const(1)), (1, Gen.Const(int.MinValue)));

    public static readonly ProductForm[] VectorForms =
    [
        ProductForm.MatVecValues, ProductForm.VecMatValues, ProductForm.MatVecBools, ProductForm.VecMatBools, ProductForm.MatVecBits,
        ProductForm.VecMatBits, ProductForm.CompiledMatVecValues, ProductForm.CompiledVecMatValues, ProductForm.CompiledMatVecBools,
        ProductForm.CompiledVecMatBools, ProductForm.CompiledMatVecBits, ProductForm.CompiledVecMatBits,
    ];

    public static readonly ProductForm[] MatrixForms =
        [ProductForm.MatMatValues, ProductForm.LeftMatMatValues, ProductForm.MatMatBools, ProductForm.LeftMatMatBools];

    public static Gen<ProductArguments> For(ProductForm[] forms) =>
        from kind in CsCheck.Gen.Enum<FixedNumConnKind>()
        from rows in CsCheck.Gen.Int[1, 6]
        from cols in CsCheck.Gen.Int[1, 6]
        from nConn in CsCheck.Gen.Int[0, 3]
        from homogeneous in CsCheck.Gen.Bool
        from lazy in CsCheck.Gen.Bool
        from seed in CsCheck.Gen.Int
        from form in CsCheck.Gen.OneOf(forms)
        from allocating in CsCheck.Gen.Frequency((1, CsCheck.Gen.Const(true)), (2, CsCheck.Gen.Const(false)))
        from inputDelta in Delta
        from resultDelta in Delta
        from batch in CsCheck.Gen.Int[0, 4]
        from aliasing in CsCheck.Gen.Frequency((6, CsCheck.Gen.Const(Aliasing.Separate)), (1, CsCheck.Gen.Const(Aliasing.Overlapping)), (1, CsCheck.Gen.Const(Aliasing.Adjacent)))
        from nullOperand in CsCheck.Gen.Frequency((20, CsCheck.Gen.Const(false)), (1, CsCheck.Gen.Const(true)))
        from nullResult in CsCheck.Gen.Frequency((20, CsCheck.Gen.Const(false)), (1, CsCheck.Gen.Const(true)))
        from otherWeights in CsCheck.Gen.Frequency((3, CsCheck.Gen.Const(0)), (1, CsCheck.Gen.Int[1, 3]))
        select new ProductArguments(kind, rows, cols, nConn, homogeneous, lazy, seed, form, allocating, inputDelta, resultDelta, batch, aliasing, nullOperand, nullResult, otherWeights);

    /// <summary>A length off by the delta, or 0 for <c>int.MinValue</c>.</summary>
    public static int Off(int length, int delta) => delta == int.MinValue ? 0 : Math.Max(0, length + delta);

    public override string ToString() =>
        $"{Form}{(Allocating ? " allocating" : string.Empty)} on {Kind} ({Rows}, {Cols}) nConn {NConn}{(Homogeneous ? " homogeneous" : string.Empty)}{(Lazy ? " lazy" : string.Empty)} seed {Seed}: " +
        $"input {InputDelta:+0;-0;0} result {ResultDelta:+0;-0;0} batch {Batch} {Aliasing}{(NullOperand ? " null operand" : string.Empty)}{(NullResult ? " null result" : string.Empty)} other weights {OtherWeights}";
}
