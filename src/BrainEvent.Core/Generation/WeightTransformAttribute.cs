namespace BrainEvent;

/// <summary>
/// Marks the method of a <see cref="FixedNumKernelAttribute"/> class that transforms each stored weight
/// before a product uses it: <c>T Weight(T w)</c>, or <c>T Weight(T w, [PerSynapse] T g)</c> with a second
/// per-synapse operand. The generator translates an expression body (or a single <c>return</c>) made of
/// arithmetic, comparisons with <c>?:</c>, <c>Math</c>/<c>MathF</c> <c>Min</c>, <c>Max</c>, <c>Abs</c>,
/// <c>Sqrt</c>, <c>FusedMultiplyAdd</c>, <c>Exp</c>, <c>Log</c>, literals and the class's fields and
/// properties (read once per product) into vector code; anything else is called once per synapse, with a
/// warning.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WeightTransformAttribute : Attribute
{
}
