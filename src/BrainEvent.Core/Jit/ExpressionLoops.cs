using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;

namespace BrainEvent.Jit;

/// <summary>Loop statements for expression trees, which have only <see cref="Expression.Loop(Expression, LabelTarget)"/>.</summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class ExpressionLoops
{
    /// <summary><c>for (i = from; i &lt; to; i += step) body</c>; <paramref name="i"/> is declared by the caller.</summary>
    public static Expression For(ParameterExpression i, Expression from, Expression to, Expression body, int step = 1)
    {
        var end = Expression.Label("end");
        return Expression.Block(
            Expression.Assign(i, from),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, to),
                    Expression.Block(body, Expression.AddAssign(i, Expression.Constant(step))),
                    Expression.Break(end)),
                end));
    }

    /// <summary><c>while (condition) body</c>.</summary>
    public static Expression While(Expression condition, Expression body)
    {
        var end = Expression.Label("end");
        return Expression.Loop(Expression.IfThenElse(condition, body, Expression.Break(end)), end);
    }

    public static Expression Call(string name, params Expression[] arguments) =>
        Expression.Call(typeof(JitPrimitives), name, null, arguments);

    public static Expression Call<T>(string name, params Expression[] arguments) =>
        Expression.Call(typeof(JitPrimitives), name, [typeof(T)], arguments);

    public static Expression Int(int value) => Expression.Constant(value);
}
