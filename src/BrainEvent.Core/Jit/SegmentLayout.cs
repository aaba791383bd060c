namespace BrainEvent.Jit;

/// <summary>How a compiled kernel walks the slots: stored rows, or mirror columns (see <c>Kernels/Segments.cs</c>).</summary>
internal enum SegmentLayout
{
    Rows,
    Mirror,
}
