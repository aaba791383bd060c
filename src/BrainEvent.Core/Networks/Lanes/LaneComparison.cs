using System.ComponentModel;

namespace BrainEvent.Generated;

/// <summary>
/// The ordered comparisons (false when either side is NaN) that <see cref="ILanes{TSelf, T}.SelectWhere"/> and
/// <see cref="ILanes{TSelf, T}.CompareBits"/> take as a constant.
/// </summary>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum LaneComparison
{
    /// <summary><c>left == right</c>.</summary>
    Equal,

    /// <summary><c>left &lt; right</c>.</summary>
    LessThan,

    /// <summary><c>left &lt;= right</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>left &gt; right</c>.</summary>
    GreaterThan,

    /// <summary><c>left &gt;= right</c>.</summary>
    GreaterThanOrEqual,
}
