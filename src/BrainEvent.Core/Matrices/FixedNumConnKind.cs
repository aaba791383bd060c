namespace BrainEvent;

/// <summary>Which neuron each stored row belongs to.</summary>
public enum FixedNumConnKind
{
    /// <summary>
    /// <see cref="FixedPostNumConn{T}"/>: one stored row per pre-synaptic neuron; indices are post-synaptic ids.
    /// </summary>
    FixedPost,

    /// <summary>
    /// <see cref="FixedPreNumConn{T}"/>: one stored row per post-synaptic neuron; indices are pre-synaptic ids.
    /// </summary>
    FixedPre,
}
