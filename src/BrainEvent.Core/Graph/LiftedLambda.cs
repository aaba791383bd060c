using System.Linq.Expressions;

namespace BrainEvent.Graph;

/// <summary>
/// A user's lambda with its constants and captured variables of the element type lifted out as extra
/// parameters ("holes"): <c>x =&gt; MathF.Min(x * gain, 1f)</c> becomes the template
/// <c>(x, h0, h1) =&gt; MathF.Min(x * h0, h1)</c> with the holes <c>gain</c> (read at evaluation) and
/// <c>1f</c>. The key identifies the template structurally, so rebuilding the same lambda every time
/// step, or changing only its constants, gives an equal key.
/// </summary>
internal sealed class LiftedLambda(LambdaExpression template, int valueArity, StructuralKey key)
{
    /// <summary>Parameters: the value arguments first (<see cref="ValueArity"/> of them), then the holes.</summary>
    public LambdaExpression Template { get; } = template;

    public int ValueArity { get; } = valueArity;

    public int HoleCount => Template.Parameters.Count - ValueArity;

    public StructuralKey Key { get; } = key;
}
