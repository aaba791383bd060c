using System.ComponentModel;

namespace BrainEvent.Generated;

/// <summary>
/// A number of connections per stored row known when the kernel is compiled: a struct whose
/// <see cref="Value"/> is a constant, so the JIT compiles a kernel's row loop with a constant trip count
/// (its tail branches folded away). The source generator writes one per declared <c>NConn</c>.
/// </summary>
/// <remarks>This type serves source-generated code and may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IConnCount
{
    /// <summary>The connections per stored row; 0 means the matrix's own <see cref="FixedNumConn{T}.NConn"/>.</summary>
    static abstract int Value { get; }
}

/// <summary>No compile-time count: kernels read <see cref="FixedNumConn{T}.NConn"/> from the matrix.</summary>
/// <remarks>This type serves source-generated code and may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct RuntimeConnCount : IConnCount
{
    /// <summary>0: the matrix's own count.</summary>
    public static int Value => 0;
}
