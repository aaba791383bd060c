using BrainEvent.Graph;

namespace BrainEvent.Jit;

/// <summary>
/// What a compiled kernel is specialised on: the loop shape, the segment layout, the element type, the
/// row length it is unrolled for (0: not unrolled), and the structure of the value graph. Constants,
/// captured variables and buffers are arguments, so they are not part of it.
/// </summary>
internal readonly record struct KernelKey(
    FusedKernelKind Kind, SegmentLayout Layout, Type ElementType, int UnrolledNConn, StructuralKey Graph);
