namespace BrainEvent.Jit;

/// <summary>The loop shapes the runtime compiler emits.</summary>
internal enum FusedKernelKind
{
    Gather,
    EventScatterBits,
    EventScatterBools,
    MatMat,
    EventMatMat,
    Map,
}
