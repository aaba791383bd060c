namespace BrainEvent.Distributed;

/// <summary>The element-wise reductions of <see cref="MpiCommunicator.Allreduce{T}(ReadOnlySpan{T}, Span{T}, MpiOp)"/>.</summary>
public enum MpiOp
{
    /// <summary>The sum over ranks (MPI_SUM).</summary>
    Sum,

    /// <summary>The largest value over ranks (MPI_MAX).</summary>
    Max,

    /// <summary>The smallest value over ranks (MPI_MIN).</summary>
    Min,
}
