namespace BrainEvent;

/// <summary>The memory order of a matrix's primary storage.</summary>
public enum ConnLayout
{
    /// <summary>Row-major <c>[N, NConn]</c> storage: each stored row's connections are contiguous.</summary>
    Row,

    /// <summary>Column-major primary storage. Reserved for compatibility with upstream; not supported.</summary>
    Column,
}
