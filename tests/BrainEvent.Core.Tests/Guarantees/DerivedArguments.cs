using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>The calls that make a matrix from a matrix.</summary>
internal enum DerivedCall
{
    ScalarOnRight,
    ScalarOnLeft,
    MatrixOperator,
    Negate,
    WithData,
    Apply,
    Apply2Scalar,
    Apply2Matrix,
    Apply2Dense,
    TreeUnflatten,
}

/// <summary>
/// One call on a small random matrix. <see cref="Variant"/> picks what goes wrong (0: nothing): a null,
/// an operand of another structure, a buffer of another length, a damaged pytree child. <see cref="Operator"/>
/// picks + - * / % for the operator calls.
/// </summary>
internal sealed record DerivedArguments(
    FixedNumConnKind Kind, int Rows, int Cols, int NConn, bool Homogeneous, bool Mirror, int Seed, DerivedCall Call, int Variant, int Operator, double Scalar)
{
    public static readonly Gen<DerivedArguments> Gen =
        from kind in CsCheck.Gen.Enum<FixedNumConnKind>()
        from rows in CsCheck.Gen.Int[1, 4]
        from cols in CsCheck.Gen.Int[1, 4]
        from nConn in CsCheck.Gen.Int[0, 3]
        from homogeneous in CsCheck.Gen.Bool
        from mirror in CsCheck.Gen.Bool
        from seed in CsCheck.Gen.Int
        from call in CsCheck.Gen.Enum<DerivedCall>()
        from variant in CsCheck.Gen.Frequency((3, CsCheck.Gen.Const(0)), (4, CsCheck.Gen.Int[1, 9]))
        from op in CsCheck.Gen.Int[0, 4]
        from scalar in ConstructorArguments.Value
        select new DerivedArguments(kind, rows, cols, nConn, homogeneous, mirror, seed, call, variant, op, scalar);

    public override string ToString() =>
        $"{Call} variant {Variant} op {Operator} scalar {Scalar} on {Kind} ({Rows}, {Cols}) nConn {NConn}{(Homogeneous ? " homogeneous" : string.Empty)}{(Mirror ? " with mirror" : string.Empty)} seed {Seed}";
}
