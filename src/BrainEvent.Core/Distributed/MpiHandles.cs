using System.Runtime.InteropServices;

namespace BrainEvent.Distributed;

/// <summary>
/// The predefined MPI objects the communicator uses. Open MPI's are the addresses of objects its library
/// exports (<c>MPI_COMM_WORLD</c> is <c>&amp;ompi_mpi_comm_world</c>); MPICH's, and those of libraries built to its
/// ABI (Intel MPI, MVAPICH), are integer constants of its <c>mpi.h</c>.
/// </summary>
internal sealed record MpiHandles(
    nint World, nint ErrorsReturn, nint Byte, nint Int, nint Long, nint Float, nint Double, nint Sum, nint Max, nint Min)
{
    /// <summary>The constants of MPICH 3 and 4's <c>mpi.h</c>.</summary>
    internal static readonly MpiHandles Mpich = new(
        World: 0x44000000, ErrorsReturn: 0x54000001,
        Byte: 0x4c00010d, Int: 0x4c000405, Long: 0x4c00083a /* MPI_INT64_T */, Float: 0x4c00040a, Double: 0x4c00080b,
        Sum: 0x58000003, Max: 0x58000001, Min: 0x58000002);

    /// <summary>Open MPI's objects, exported by <paramref name="library"/> (loaded from <paramref name="name"/>).</summary>
    /// <exception cref="MpiException">An object is not exported: not an Open MPI this binding knows.</exception>
    internal static MpiHandles FromOpenMpi(nint library, string name)
    {
        nint Export(string symbol) => NativeLibrary.TryGetExport(library, symbol, out nint address)
            ? address
            : throw new MpiException($"{name} does not export {symbol}: not an Open MPI 4 or 5.");

        return new MpiHandles(
            Export("ompi_mpi_comm_world"), Export("ompi_mpi_errors_return"),
            Export("ompi_mpi_byte"), Export("ompi_mpi_int"), Export("ompi_mpi_int64_t"), Export("ompi_mpi_float"), Export("ompi_mpi_double"),
            Export("ompi_mpi_op_sum"), Export("ompi_mpi_op_max"), Export("ompi_mpi_op_min"));
    }

    /// <summary>The predefined datatype of <paramref name="type"/>.</summary>
    internal nint Datatype(MpiElementType type) => type switch
    {
        MpiElementType.Byte => Byte,
        MpiElementType.Int => Int,
        MpiElementType.Long => Long,
        MpiElementType.Float => Float,
        _ => Double,
    };

    /// <summary>The predefined reduction of <paramref name="op"/>, a checked value.</summary>
    internal nint Op(MpiOp op) => op switch
    {
        MpiOp.Sum => Sum,
        MpiOp.Max => Max,
        _ => Min,
    };
}
