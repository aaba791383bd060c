using System.Numerics;
using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>Which numbers a case draws its weights and operands from.</summary>
internal enum NumberSet
{
    /// <summary>±0, ±0.5, ±1, ±2, NaN, ±infinity for weights and operands: every product and sum is exact.</summary>
    Specials,

    /// <summary>Weights ±0 and 1 to 3 times the smallest subnormal, operands ±0, ±1, ±2: exact, and flushed to 0 if denormals were.</summary>
    SubnormalWeights,

    /// <summary>Weights ±0, ±1, ±2, operands ±0 and 2, 4 or 6 times the smallest subnormal.</summary>
    SubnormalOperands,
}

/// <summary>The element-wise chain a case's products run through (fused at run time).</summary>
internal enum SpecialChain
{
    None,
    Times2,
    Negate,
    Abs,
    PlusZero,
    Reciprocal,
    ReciprocalOfPlusZero,
}

/// <summary>A random matrix and operands whose numbers come from one <see cref="NumberSet"/>.</summary>
internal sealed record SpecialValueCase(
    FixedNumConnKind Kind, int Rows, int Bound, int NConn, bool Homogeneous, NumberSet Numbers, SpecialChain Chain, int Batch, int Seed)
{
    public static readonly Gen<SpecialValueCase> Gen =
        from kind in CsCheck.Gen.Enum<FixedNumConnKind>()
        from rows in CsCheck.Gen.Int[1, 20]
        from bound in CsCheck.Gen.Int[1, 20]
        from nConn in CsCheck.Gen.OneOf(1, 2, 3, 7, 8, 9, 17)
        from homogeneous in CsCheck.Gen.Bool
        from numbers in CsCheck.Gen.Enum<NumberSet>()
        from chain in CsCheck.Gen.Enum<SpecialChain>()
        from batch in CsCheck.Gen.OneOf(1, 3, 17, 130)
        from seed in CsCheck.Gen.Int
        select new SpecialValueCase(kind, rows, bound, nConn, homogeneous, numbers, chain, batch, seed);

    public (int Rows, int Cols) Shape => Kind == FixedNumConnKind.FixedPost ? (Rows, Bound) : (Bound, Rows);

    /// <summary>A weight or an operand value drawn from the case's set.</summary>
    public static T Draw<T>(Random random, NumberSet numbers, bool weight)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T sign = random.Next(2) == 0 ? T.One : T.NegativeOne;
        bool subnormal = (numbers == NumberSet.SubnormalWeights) == weight;
        if (numbers == NumberSet.Specials)
        {
            return random.Next(9) switch
            {
                0 => T.NaN,
                1 => T.PositiveInfinity,
                2 => T.NegativeInfinity,
                3 => sign * T.Zero,
                4 => sign * T.CreateChecked(0.5),
                5 => sign * T.CreateChecked(2),
                _ => sign,
            };
        }

        // Subnormal operands are even multiples of the smallest subnormal, so a weight of 0.5 (1 / 2 through a
        // chain) still gives exact products; weights beside them stay in {0, 1, 2} for the same reason.
        int k = random.Next(numbers == NumberSet.SubnormalOperands && weight ? 3 : 4);
        T unit = !subnormal ? T.One : numbers == NumberSet.SubnormalOperands ? T.Epsilon + T.Epsilon : T.Epsilon;
        return sign * T.CreateChecked(k) * unit;
    }

    public override string ToString() =>
        $"{Kind} rows {Rows} bound {Bound} nConn {NConn}{(Homogeneous ? " homogeneous" : string.Empty)} {Numbers} chain {Chain} batch {Batch} seed {Seed}";
}
