using System.Linq.Expressions;
using System.Numerics;
using CsCheck;

namespace BrainEvent.Tests.Jit;

/// <summary>
/// Random lambda bodies as small syntax trees, turned into expression trees for float or double. They
/// cover the operator set, constants, captured variables, Min/Max/Abs/Sqrt/FusedMultiplyAdd/Exp,
/// comparisons through the conditional operator, and two constructs without a vector form (Sin and %),
/// which must compile to scalar loops.
/// </summary>
public abstract record Body
{
    public abstract Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured);

    /// <summary>Whether the body calls the Math function <paramref name="name"/> anywhere.</summary>
    public bool Uses(string name) => this switch
    {
        Call call => call.Name == name || call.Arguments.Any(a => a.Uses(name)),
        Binary binary => binary.Left.Uses(name) || binary.Right.Uses(name),
        Negate negate => negate.Operand.Uses(name),
        Select select => new[] { select.A, select.B, select.IfTrue, select.IfFalse }.Any(b => b.Uses(name)),
        _ => false,
    };

    protected static Expression Math(Type t, string name, params Expression[] arguments) =>
        Expression.Call(t == typeof(float) ? typeof(MathF) : typeof(System.Math), name, null, arguments);
}

public sealed record X : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) => x;
}

public sealed record Y : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) => y ?? (Expression)x;
}

public sealed record Const(double Value) : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) =>
        Expression.Constant(Convert.ChangeType(Value, t, System.Globalization.CultureInfo.InvariantCulture), t);
}

/// <summary>A variable read off a closure object, as a C# lambda capturing a local would.</summary>
public sealed record CapturedValue(double Value) : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) =>
        captured.Add(t, Value);
}

public sealed record Binary(ExpressionType Op, Body Left, Body Right) : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) =>
        Expression.MakeBinary(Op, Left.Build(t, x, y, captured), Right.Build(t, x, y, captured));
}

public sealed record Call(string Name, Body[] Arguments) : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) =>
        Math(t, Name, [.. Arguments.Select(a => a.Build(t, x, y, captured))]);
}

public sealed record Negate(Body Operand) : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured) =>
        Expression.Negate(Operand.Build(t, x, y, captured));
}

/// <summary><c>a cmp b ? c : d</c>, optionally <c>&amp;&amp;</c>-ed with a second comparison.</summary>
public sealed record Select(ExpressionType Compare, Body A, Body B, Body IfTrue, Body IfFalse, bool AlsoPositive) : Body
{
    public override Expression Build(Type t, ParameterExpression x, ParameterExpression? y, Captured captured)
    {
        Expression test = Expression.MakeBinary(Compare, A.Build(t, x, y, captured), B.Build(t, x, y, captured));
        if (AlsoPositive)
        {
            test = Expression.AndAlso(test, Expression.GreaterThan(x, Expression.Constant(Convert.ChangeType(0, t), t)));
        }

        return Expression.Condition(test, IfTrue.Build(t, x, y, captured), IfFalse.Build(t, x, y, captured));
    }
}

/// <summary>The closure objects a generated lambda reads from.</summary>
public sealed class Captured
{
    public Expression Add(Type t, double value)
    {
        var box = t == typeof(float) ? (object)new FloatBox { Value = (float)value } : new DoubleBox { Value = value };
        return Expression.Field(Expression.Constant(box), "Value");
    }

    public sealed class FloatBox
    {
        public float Value;
    }

    public sealed class DoubleBox
    {
        public double Value;
    }
}

public static class RandomChains
{
    private static readonly ExpressionType[] Arithmetic = [ExpressionType.Add, ExpressionType.Subtract, ExpressionType.Multiply, ExpressionType.Divide];
    private static readonly ExpressionType[] Comparisons =
        [ExpressionType.LessThan, ExpressionType.LessThanOrEqual, ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual, ExpressionType.Equal, ExpressionType.NotEqual];

    public static Gen<Body> Bodies(bool binary, int depth)
    {
        var leaf = Gen.Frequency(
            (4, Gen.Const<Body>(new X())),
            (binary ? 3 : 0, Gen.Const<Body>(new Y())),
            (2, Gen.Double[-2, 2].Select(c => (Body)new Const(System.Math.Round(c, 3)))),
            (1, Gen.Double[-2, 2].Select(c => (Body)new CapturedValue(System.Math.Round(c, 3)))));
        if (depth == 0)
        {
            return leaf;
        }

        var sub = Bodies(binary, depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (4, Gen.Select(Gen.Int[0, Arithmetic.Length - 1], sub, sub, (op, a, b) => (Body)new Binary(Arithmetic[op], a, b))),
            (2, Gen.Select(Gen.Int[0, 1], sub, sub, (m, a, b) => (Body)new Call(m == 0 ? "Min" : "Max", [a, b]))),
            (1, sub.Select(a => (Body)new Call("Abs", [a]))),
            (1, sub.Select(a => (Body)new Call("Sqrt", [new Call("Abs", [a])]))),
            (1, sub.Select(a => (Body)new Negate(a))),
            (1, Gen.Select(sub, sub, sub, (a, b, c) => (Body)new Call("FusedMultiplyAdd", [a, b, c]))),
            (1, sub.Select(a => (Body)new Call("Exp", [new Call("Min", [a, new Const(5)])]))),
            (2, Gen.Select(Gen.Int[0, Comparisons.Length - 1], sub, sub, Gen.Select(sub, sub, Gen.Bool, (c, d, also) => (c, d, also)),
                (op, a, b, rest) => (Body)new Select(Comparisons[op], a, b, rest.c, rest.d, rest.also))),
            (1, sub.Select(a => (Body)new Call("Sin", [a]))),
            (1, Gen.Select(sub, sub, (a, b) => (Body)new Binary(ExpressionType.Modulo, a, b))));
    }

    public static Expression<Func<T, T>> Unary<T>(Body body)
    {
        var x = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, T>>(body.Build(typeof(T), x, null, new Captured()), x);
    }

    public static Expression<Func<T, T, T>> Binary<T>(Body body)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var y = Expression.Parameter(typeof(T), "y");
        return Expression.Lambda<Func<T, T, T>>(body.Build(typeof(T), x, y, new Captured()), x, y);
    }
}
