using System.Diagnostics.CodeAnalysis;
using System.Text;
using static BrainEvent.Distributed.MpiNative;

namespace BrainEvent.Distributed;

/// <summary>
/// The ranks of this job (<c>MPI_COMM_WORLD</c>) and the collectives the distributed runtime exchanges data with.
/// Under an MPI launcher (<c>mpirun</c>, <c>mpiexec</c>, <c>srun</c>) it runs on the MPI library; in a process
/// started any other way it is a single rank (<see cref="Rank"/> 0 of <see cref="Size"/> 1) whose collectives
/// copy, and MPI is never loaded.
/// </summary>
/// <remarks>
/// <para>Every call's return code is checked (the world's error handler is <c>MPI_ERRORS_RETURN</c>): a failure
/// throws an <see cref="MpiException"/> naming the call, the rank and MPI's description of the error. Arguments
/// are checked before the call, on every rank: a mistake throws an <see cref="ArgumentException"/> naming the
/// argument.</para>
/// <para>An exception on one rank leaves the others waiting in their next collective. <see cref="Run"/> turns
/// it into <see cref="Abort"/>, which ends every rank; an exception no code catches, on any thread, does the
/// same once MPI is initialized. A rank that dies is reported by the launcher, which ends the others.</para>
/// <para>Not thread-safe: MPI is initialized with <c>MPI_THREAD_SERIALIZED</c>, so calls may come from any
/// thread but one at a time, in the same order on every rank.</para>
/// </remarks>
public sealed unsafe partial class MpiCommunicator : IDisposable
{
    private static readonly Lazy<MpiCommunicator> LazyWorld = new(Create);

    // Null for the single-process stand-in.
    private readonly MpiHandles? _mpi;
    private bool _disposed;

    private MpiCommunicator(MpiHandles? mpi, int rank, int size)
    {
        _mpi = mpi;
        Rank = rank;
        Size = size;
    }

    /// <summary>Whether an MPI library (Open MPI 4 or 5, MPICH or one of its ABI) can be loaded; loading does not initialize it.</summary>
    public static bool IsAvailable
    {
        get
        {
            try
            {
                return MpiLibrary.Instance is not null;
            }
            catch (MpiException)
            {
                return false;
            }
        }
    }

    /// <summary>Whether an MPI launcher started this process (it set <c>OMPI_COMM_WORLD_SIZE</c>, <c>PMI_SIZE</c> or <c>PMIX_RANK</c>).</summary>
    public static bool IsLaunchedByMpi => MpiLaunch.Evidence is not null;

    /// <summary>
    /// All ranks of the job. The first use initializes MPI (<c>MPI_Init_thread</c>) under a launcher; dispose it
    /// (<c>MPI_Finalize</c>) on every rank before the process ends, or use <see cref="Run"/>.
    /// </summary>
    /// <exception cref="MpiException">A launcher started the process but no MPI library loads, or MPI could not be initialized.</exception>
    public static MpiCommunicator World => LazyWorld.Value;

    /// <summary>This process's rank, 0 to <see cref="Size"/> - 1.</summary>
    public int Rank { get; }

    /// <summary>The number of ranks.</summary>
    public int Size { get; }

    /// <summary>Whether the calls go to an MPI library, rather than to the copies of a single process without a launcher.</summary>
    public bool UsesMpi => _mpi is not null;

    /// <summary>
    /// Runs <paramref name="body"/> on <see cref="World"/>, then finalizes MPI. If it throws, this rank writes
    /// <c>rank R of N: </c> and the exception to standard error and calls <see cref="Abort"/> with code 1, so
    /// every rank ends rather than waiting for this one.
    /// </summary>
    /// <returns>The exit code <paramref name="body"/> returned.</returns>
    public static int Run(Func<MpiCommunicator, int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        MpiCommunicator? world = null;
        try
        {
            world = World;
            int exitCode = body(world);
            world.Dispose();
            return exitCode;
        }
        catch (Exception e)
        {
            if (world is null)
            {
                Console.Error.WriteLine($"process {Environment.ProcessId}: {e}");
                Environment.Exit(1);
            }

            world.Fail(e);
            throw;   // not reached (Fail ends the process), but the compiler's flow analysis does not know it
        }
    }

    /// <summary>Blocks until every rank has called it (<c>MPI_Barrier</c>).</summary>
    public void Barrier()
    {
        ThrowIfDisposed();
        if (_mpi is { } mpi)
        {
            Check(MPI_Barrier(mpi.World), "MPI_Barrier");
        }
    }

    /// <summary>
    /// Ends every rank of the job with exit code <paramref name="errorCode"/> (<c>MPI_Abort</c>); without MPI,
    /// or once it is finalized, ends this process.
    /// </summary>
    [DoesNotReturn]
    public void Abort(int errorCode)
    {
        if (_mpi is { } mpi && !_disposed)
        {
            _ = MPI_Abort(mpi.World, errorCode);
        }

        // MPI_Abort does not return; should a library do so anyway, this rank still ends.
        Environment.Exit(errorCode);
    }

    /// <summary>
    /// Finalizes MPI (<c>MPI_Finalize</c>), which waits for every rank to do the same; the communicator cannot
    /// be used afterwards, and MPI cannot be initialized again in this process.
    /// </summary>
    /// <exception cref="MpiException">MPI_Finalize failed.</exception>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_mpi is not null)
        {
            Check(MPI_Finalize(), "MPI_Finalize");
        }
    }

    private static MpiCommunicator Create()
    {
        if (MpiLaunch.Evidence is not { } evidence)
        {
            return new MpiCommunicator(null, rank: 0, size: 1);
        }

        var library = MpiLibrary.Instance ?? throw new MpiException(
            $"An MPI launcher started this process ({evidence}), but no MPI library loads: tried {MpiLibrary.Candidates}. " +
            "Install Open MPI (apt-get install openmpi-bin) or add the folder of its libmpi to LD_LIBRARY_PATH.");
        var mpi = library.Handles;

        int provided;
        CheckBeforeRank(MPI_Init_thread(null, null, ThreadSerialized, &provided), "MPI_Init_thread");
        if (provided < ThreadSerialized)
        {
            // Every rank runs the same library, so all of them finalize here rather than some waiting.
            _ = MPI_Finalize();
            throw new MpiException($"{library.Name} provides MPI thread level {provided}; BrainEvent needs MPI_THREAD_SERIALIZED ({ThreadSerialized}).");
        }

        CheckBeforeRank(MPI_Comm_set_errhandler(mpi.World, mpi.ErrorsReturn), "MPI_Comm_set_errhandler");
        int rank, size;
        CheckBeforeRank(MPI_Comm_rank(mpi.World, &rank), "MPI_Comm_rank");
        CheckBeforeRank(MPI_Comm_size(mpi.World, &size), "MPI_Comm_size");

        var world = new MpiCommunicator(mpi, rank, size);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => world.Fail(e.ExceptionObject);
        return world;
    }

    // Writes why this rank stops, then ends the job. May run on any thread, even while another is inside an MPI
    // call: MPI_Abort is the one call meant for a broken state.
    [DoesNotReturn]
    private void Fail(object exception)
    {
        Console.Error.WriteLine($"rank {Rank} of {Size}: {exception}");
        Abort(1);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private void Check(int code, string call)
    {
        if (code != Success)
        {
            throw new MpiException(call, code, $"rank {Rank} of {Size}", Describe(code));
        }
    }

    private static void CheckBeforeRank(int code, string call)
    {
        if (code != Success)
        {
            throw new MpiException(call, code, $"process {Environment.ProcessId}", Describe(code));
        }
    }

    private static string Describe(int code)
    {
        byte* text = stackalloc byte[MaxErrorString];
        int length;
        return MPI_Error_string(code, text, &length) == Success
            ? Encoding.UTF8.GetString(text, Math.Clamp(length, 0, MaxErrorString))
            : "an error MPI_Error_string does not know";
    }
}
