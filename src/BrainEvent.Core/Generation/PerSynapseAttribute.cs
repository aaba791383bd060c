namespace BrainEvent;

/// <summary>
/// Marks the second parameter of a <see cref="WeightTransformAttribute"/> method as a per-synapse operand
/// (an apply2 with a matrix of the same structure): each generated product then takes a
/// <c>ReadOnlySpan&lt;T&gt; g</c> of <see cref="FixedNumConn{T}.Nse"/> values, in the matrix's slot order,
/// right after the matrix.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PerSynapseAttribute : Attribute
{
}
