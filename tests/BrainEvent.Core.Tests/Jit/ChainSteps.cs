using System.Numerics;
using BrainEvent.Graph;
using CsCheck;

namespace BrainEvent.Tests.Jit;

/// <summary>One step of an element-wise chain: a lambda, a scalar or matrix operand, an operator.</summary>
public sealed record ChainStep(int Kind, Body Body, double Scalar, bool Reverse)
{
    public static Gen<ChainStep> Gen { get; } =
        from kind in CsCheck.Gen.Int[0, 7]
        from body in RandomChains.Bodies(binary: kind is 1 or 2, depth: 2)
        from scalar in CsCheck.Gen.Double[-3, 3]
        from reverse in CsCheck.Gen.Bool
        select new ChainStep(kind, body, Math.Round(scalar, 2), reverse);

    /// <summary>Applies the step to a FixedPost chain; <paramref name="other"/> has the same structure.</summary>
    public FixedPostNumConn<T> Apply<T>(FixedPostNumConn<T> w, FixedPostNumConn<T> other)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T s = T.CreateChecked(Scalar);
        return Kind switch
        {
            0 => w.Apply(RandomChains.Unary<T>(Body)),
            1 => w.Apply2(s, RandomChains.Binary<T>(Body), Reverse),
            2 => w.Apply2(other, RandomChains.Binary<T>(Body), Reverse),
            3 => Reverse ? s - w : w * s,
            4 => Reverse ? s / w : w + s,
            5 => Reverse ? w % s : -w,
            6 => Reverse ? w - other : w * other,
            _ => w.Abs(),
        };
    }
}

/// <summary>What the chain's values are when the interpreter computes them node by node.</summary>
public static class Interpreted
{
    public static T[] Values<T>(FixedNumConn<T> chain)
        where T : unmanaged, IFloatingPointIeee754<T> => GraphInterpreter<T>.Evaluate(chain.Values, chain.Nse).ToArray();
}
