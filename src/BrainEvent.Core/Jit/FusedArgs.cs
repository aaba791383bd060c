namespace BrainEvent.Jit;

/// <summary>
/// Everything a compiled kernel reads, as raw addresses of memory the caller keeps pinned for the call
/// (expression trees cannot hold pointers). Unused fields stay zero.
/// </summary>
internal struct FusedArgs
{
    /// <summary>The index of each slot: the stored indices, or the mirror's row of each slot.</summary>
    public nint Targets;

    /// <summary>The dense operand: a vector or a <c>[n, batch]</c> matrix of values or bool spikes.</summary>
    public nint X;

    /// <summary>The output.</summary>
    public nint Y;

    /// <summary>The mirror's column starts, for mirror segments.</summary>
    public nint Indptr;

    /// <summary>Spikes: 64-bit words, or bools.</summary>
    public nint Active;

    /// <summary>Where an event scatter publishes how many active segments it has added, for its prefetching helper.</summary>
    public nint Added;

    /// <summary>A table of the per-slot value buffers' addresses, in the graph's leaf order.</summary>
    public nint SlotLeaves;

    /// <summary>A table of the scalar leaves' values (T), in the graph's leaf order.</summary>
    public nint Scalars;

    public int NConn;
    public int Batch;
    public int OutputLength;
    public int ActiveLength;
}

/// <summary>A compiled kernel: processes segments (or, for a map, slots) <c>[from, to)</c>.</summary>
internal delegate void FusedKernel(FusedArgs args, int from, int to);
