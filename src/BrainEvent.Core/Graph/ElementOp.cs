namespace BrainEvent.Graph;

/// <summary>The built-in element-wise operators; each becomes one expression node in compiled code.</summary>
internal enum ElementOp
{
    Add,
    Subtract,
    Multiply,
    Divide,

    /// <summary>C#'s <c>%</c>: truncated remainder, the sign of the dividend (not Python's floored modulo).</summary>
    Remainder,
    Negate,
    Abs,
}

internal static class ElementOpInfo
{
    public static int Arity(this ElementOp op) => op is ElementOp.Negate or ElementOp.Abs ? 1 : 2;
}
