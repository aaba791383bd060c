namespace BrainEvent.Distributed;

/// <summary>
/// An MPI library could not be used, or an MPI call failed. The message names the call, the rank and the
/// library's description of the error (<c>MPI_Error_string</c>), e.g.
/// <c>MPI_Alltoallv failed on rank 1 of 2: MPI_ERR_TRUNCATE: message truncated (error 15)</c>.
/// </summary>
public sealed class MpiException : Exception
{
    internal MpiException(string message)
        : base(message)
    {
    }

    internal MpiException(string call, int errorCode, string where, string description)
        : base($"{call} failed on {where}: {description} (error {errorCode})")
    {
        Call = call;
        ErrorCode = errorCode;
    }

    /// <summary>The MPI function that failed, e.g. <c>MPI_Allgatherv</c>; null when no library could be used.</summary>
    public string? Call { get; }

    /// <summary>The error code the call returned; 0 when no call failed.</summary>
    public int ErrorCode { get; }
}
