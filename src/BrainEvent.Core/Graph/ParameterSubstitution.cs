using System.Linq.Expressions;

namespace BrainEvent.Graph;

/// <summary>Inlines a lifted lambda: its body with each parameter replaced by an argument expression.</summary>
internal static class ParameterSubstitution
{
    public static Expression Apply(LiftedLambda lambda, IReadOnlyList<Expression> arguments)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        for (int i = 0; i < lambda.Parameters.Count; i++)
        {
            map[lambda.Parameters[i]] = arguments[i];
        }

        return new Substituter(map).Visit(lambda.Body);
    }

    private sealed class Substituter(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
