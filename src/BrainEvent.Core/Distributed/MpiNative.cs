using System.Runtime.InteropServices;

namespace BrainEvent.Distributed;

/// <summary>
/// The C functions of the MPI standard that the communicator calls. Handles are <see cref="nint"/>: Open MPI's
/// are pointers; MPICH's are <c>int</c>s, passed zero-extended in a 64-bit argument, which the LP64 calling
/// conventions (System V x86-64, AAPCS64) allow because the callee reads only the low 32 bits of an
/// <c>int</c> argument, in a register or in its 8-byte stack slot.
/// </summary>
internal static unsafe partial class MpiNative
{
    /// <summary>
    /// A logical library name that no file has: <see cref="MpiLibrary"/> resolves it to the library it loaded,
    /// so every call goes to the one implementation whose handles are in use.
    /// </summary>
    internal const string Library = "BrainEvent.Mpi";

    internal const int Success = 0;

    /// <summary>MPI_THREAD_SERIALIZED, the same value in Open MPI and MPICH.</summary>
    internal const int ThreadSerialized = 2;

    /// <summary>At least MPI_MAX_ERROR_STRING of every implementation (Open MPI 256, MPICH 512).</summary>
    internal const int MaxErrorString = 1024;

    [LibraryImport(Library)]
    internal static partial int MPI_Init_thread(int* argc, byte*** argv, int required, int* provided);

    [LibraryImport(Library)]
    internal static partial int MPI_Finalize();

    [LibraryImport(Library)]
    internal static partial int MPI_Abort(nint comm, int errorcode);

    [LibraryImport(Library)]
    internal static partial int MPI_Comm_set_errhandler(nint comm, nint errhandler);

    [LibraryImport(Library)]
    internal static partial int MPI_Error_string(int errorcode, byte* text, int* length);

    [LibraryImport(Library)]
    internal static partial int MPI_Comm_rank(nint comm, int* rank);

    [LibraryImport(Library)]
    internal static partial int MPI_Comm_size(nint comm, int* size);

    [LibraryImport(Library)]
    internal static partial int MPI_Barrier(nint comm);

    [LibraryImport(Library)]
    internal static partial int MPI_Allgather(void* sendbuf, int sendcount, nint sendtype, void* recvbuf, int recvcount, nint recvtype, nint comm);

    [LibraryImport(Library)]
    internal static partial int MPI_Allgatherv(void* sendbuf, int sendcount, nint sendtype, void* recvbuf, int* recvcounts, int* displs, nint recvtype, nint comm);

    [LibraryImport(Library)]
    internal static partial int MPI_Alltoall(void* sendbuf, int sendcount, nint sendtype, void* recvbuf, int recvcount, nint recvtype, nint comm);

    [LibraryImport(Library)]
    internal static partial int MPI_Alltoallv(void* sendbuf, int* sendcounts, int* sdispls, nint sendtype, void* recvbuf, int* recvcounts, int* rdispls, nint recvtype, nint comm);

    [LibraryImport(Library)]
    internal static partial int MPI_Allreduce(void* sendbuf, void* recvbuf, int count, nint datatype, nint op, nint comm);
}
