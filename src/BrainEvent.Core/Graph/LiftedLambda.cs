using System.Linq.Expressions;

namespace BrainEvent.Graph;

/// <summary>
/// A user's lambda with its constants and captured variables of the element type lifted out as extra
/// parameters ("holes"): <c>x =&gt; MathF.Min(x * gain, 1f)</c> becomes the template
/// <c>(x, h0, h1) =&gt; MathF.Min(x * h0, h1)</c> with the holes <c>gain</c> (read at evaluation) and
/// <c>1f</c>. The key identifies the template structurally, so rebuilding the same lambda every time
/// step, or changing only its constants, gives an equal key.
/// </summary>
/// <remarks>
/// The template is a body and its parameters rather than a <see cref="LambdaExpression"/>: building one would
/// create a delegate type for each parameter count, which needs dynamic code, and the template is never
/// compiled as it is (it is inlined into kernels and interpreters).
/// </remarks>
internal sealed class LiftedLambda(Expression body, IReadOnlyList<ParameterExpression> parameters, int valueArity, StructuralKey key)
{
    public Expression Body { get; } = body;

    /// <summary>The value arguments first (<see cref="ValueArity"/> of them), then the holes.</summary>
    public IReadOnlyList<ParameterExpression> Parameters { get; } = parameters;

    public int ValueArity { get; } = valueArity;

    public int HoleCount => Parameters.Count - ValueArity;

    public StructuralKey Key { get; } = key;
}
