using static BrainEvent.Distributed.MpiNative;

namespace BrainEvent.Distributed;

// The collectives. Each checks its arguments, then either calls MPI with the spans pinned for the call or,
// without MPI, does what the call does on one rank: a copy.
public sealed unsafe partial class MpiCommunicator
{
    /// <summary>
    /// Gathers every rank's <paramref name="send"/> into every rank's <paramref name="recv"/> in rank order
    /// (<c>MPI_Allgather</c>): rank <c>i</c>'s elements land at <c>i * send.Length</c>. Every rank sends the
    /// same number of elements.
    /// </summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="long"/>, <see cref="float"/>, <see cref="double"/> or <see cref="byte"/>.</typeparam>
    /// <exception cref="ArgumentException"><paramref name="recv"/> does not hold <see cref="Size"/> x <c>send.Length</c> elements, or overlaps <paramref name="send"/>.</exception>
    /// <exception cref="MpiException">The MPI call failed.</exception>
    public void Allgather<T>(ReadOnlySpan<T> send, Span<T> recv)
        where T : unmanaged
    {
        var element = MpiElementTypes.Of<T>(reduction: false);
        ThrowIfDisposed();
        if (recv.Length != (long)send.Length * Size)
        {
            throw CollectiveChecks.WrongLength(nameof(recv), recv.Length, (long)send.Length * Size, $"send.Length {send.Length} x Size {Size}");
        }

        CollectiveChecks.Disjoint(send, recv);
        if (_mpi is not { } mpi)
        {
            send.CopyTo(recv);
            return;
        }

        nint type = mpi.Datatype(element);
        fixed (T* s = send)
        fixed (T* r = recv)
        {
            Check(MPI_Allgather(s, send.Length, type, r, send.Length, type, mpi.World), "MPI_Allgather");
        }
    }

    /// <summary>
    /// Gathers every rank's <paramref name="send"/>, of varying length, into every rank's <paramref name="recv"/>
    /// (<c>MPI_Allgatherv</c>): rank <c>i</c> sends <c>counts[i]</c> elements, which land at <c>displs[i]</c>.
    /// Every rank passes the same <paramref name="counts"/> and <paramref name="displs"/>.
    /// </summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="long"/>, <see cref="float"/>, <see cref="double"/> or <see cref="byte"/>.</typeparam>
    /// <exception cref="ArgumentException">
    /// <paramref name="counts"/> or <paramref name="displs"/> do not hold <see cref="Size"/> values, one is negative, a
    /// block ends past <paramref name="recv"/>, <paramref name="send"/> does not hold <c>counts[Rank]</c> elements, or the
    /// buffers overlap.
    /// </exception>
    /// <exception cref="MpiException">The MPI call failed.</exception>
    public void Allgatherv<T>(ReadOnlySpan<T> send, Span<T> recv, ReadOnlySpan<int> counts, ReadOnlySpan<int> displs)
        where T : unmanaged
    {
        var element = MpiElementTypes.Of<T>(reduction: false);
        ThrowIfDisposed();
        CollectiveChecks.Blocks(counts, displs, Size, recv.Length, nameof(counts), nameof(displs), nameof(recv));
        if (send.Length != counts[Rank])
        {
            throw CollectiveChecks.WrongLength(nameof(send), send.Length, counts[Rank], $"counts[{Rank}], this rank's count");
        }

        CollectiveChecks.Disjoint(send, recv);
        if (_mpi is not { } mpi)
        {
            send.CopyTo(recv[displs[0]..]);
            return;
        }

        nint type = mpi.Datatype(element);
        fixed (T* s = send)
        fixed (T* r = recv)
        fixed (int* c = counts)
        fixed (int* d = displs)
        {
            Check(MPI_Allgatherv(s, send.Length, type, r, c, d, type, mpi.World), "MPI_Allgatherv");
        }
    }

    /// <summary>
    /// Sends block <c>j</c> of <paramref name="send"/> to rank <c>j</c> and receives rank <c>i</c>'s block for this rank
    /// into block <c>i</c> of <paramref name="recv"/> (<c>MPI_Alltoall</c>). Both hold <see cref="Size"/> blocks of
    /// <c>send.Length / Size</c> elements, the same on every rank.
    /// </summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="long"/>, <see cref="float"/>, <see cref="double"/> or <see cref="byte"/>.</typeparam>
    /// <exception cref="ArgumentException">
    /// <paramref name="send"/>'s length is not a multiple of <see cref="Size"/>, <paramref name="recv"/>'s differs from it,
    /// or the buffers overlap.
    /// </exception>
    /// <exception cref="MpiException">The MPI call failed.</exception>
    public void Alltoall<T>(ReadOnlySpan<T> send, Span<T> recv)
        where T : unmanaged
    {
        var element = MpiElementTypes.Of<T>(reduction: false);
        ThrowIfDisposed();
        if (send.Length % Size != 0)
        {
            throw new ArgumentException($"send must hold Size ({Size}) blocks of one length; {send.Length} elements do not divide into them.", nameof(send));
        }

        if (recv.Length != send.Length)
        {
            throw CollectiveChecks.WrongLength(nameof(recv), recv.Length, send.Length, "send.Length");
        }

        CollectiveChecks.Disjoint(send, recv);
        if (_mpi is not { } mpi)
        {
            send.CopyTo(recv);
            return;
        }

        int count = send.Length / Size;
        nint type = mpi.Datatype(element);
        fixed (T* s = send)
        fixed (T* r = recv)
        {
            Check(MPI_Alltoall(s, count, type, r, count, type, mpi.World), "MPI_Alltoall");
        }
    }

    /// <summary>
    /// Sends <c>sendCounts[j]</c> elements at <c>sendDispls[j]</c> of <paramref name="send"/> to rank <c>j</c>, and
    /// receives <c>recvCounts[i]</c> elements from rank <c>i</c> at <c>recvDispls[i]</c> of <paramref name="recv"/>
    /// (<c>MPI_Alltoallv</c>). What rank <c>i</c> sends to rank <c>j</c> must be what <c>j</c> expects from <c>i</c>;
    /// MPI may report a mismatch (<c>MPI_ERR_TRUNCATE</c>) but is not bound to.
    /// </summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="long"/>, <see cref="float"/>, <see cref="double"/> or <see cref="byte"/>.</typeparam>
    /// <exception cref="ArgumentException">
    /// A count or displacement span does not hold <see cref="Size"/> values, a value is negative, a block ends past its
    /// buffer, or the buffers overlap; without MPI, also when the one block sent and received differ in length.
    /// </exception>
    /// <exception cref="MpiException">The MPI call failed.</exception>
    public void Alltoallv<T>(
        ReadOnlySpan<T> send, ReadOnlySpan<int> sendCounts, ReadOnlySpan<int> sendDispls,
        Span<T> recv, ReadOnlySpan<int> recvCounts, ReadOnlySpan<int> recvDispls)
        where T : unmanaged
    {
        var element = MpiElementTypes.Of<T>(reduction: false);
        ThrowIfDisposed();
        CollectiveChecks.Blocks(sendCounts, sendDispls, Size, send.Length, nameof(sendCounts), nameof(sendDispls), nameof(send));
        CollectiveChecks.Blocks(recvCounts, recvDispls, Size, recv.Length, nameof(recvCounts), nameof(recvDispls), nameof(recv));
        CollectiveChecks.Disjoint(send, recv);
        if (_mpi is not { } mpi)
        {
            if (recvCounts[0] != sendCounts[0])
            {
                throw CollectiveChecks.WrongLength(nameof(recvCounts), recvCounts[0], sendCounts[0], "sendCounts[0]: one rank receives what it sends");
            }

            send.Slice(sendDispls[0], sendCounts[0]).CopyTo(recv[recvDispls[0]..]);
            return;
        }

        nint type = mpi.Datatype(element);
        fixed (T* s = send)
        fixed (int* sc = sendCounts)
        fixed (int* sd = sendDispls)
        fixed (T* r = recv)
        fixed (int* rc = recvCounts)
        fixed (int* rd = recvDispls)
        {
            Check(MPI_Alltoallv(s, sc, sd, type, r, rc, rd, type, mpi.World), "MPI_Alltoallv");
        }
    }

    /// <summary>
    /// Combines <paramref name="send"/> of every rank element by element with <paramref name="op"/> and writes the
    /// result to every rank's <paramref name="recv"/> (<c>MPI_Allreduce</c>). Integer sums must not overflow.
    /// </summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="long"/>, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <exception cref="ArgumentException"><paramref name="recv"/>'s length differs from <paramref name="send"/>'s, or they overlap.</exception>
    /// <exception cref="MpiException">The MPI call failed.</exception>
    public void Allreduce<T>(ReadOnlySpan<T> send, Span<T> recv, MpiOp op)
        where T : unmanaged
    {
        var element = MpiElementTypes.Of<T>(reduction: true);
        ThrowIfDisposed();
        CollectiveChecks.Op(op);
        if (recv.Length != send.Length)
        {
            throw CollectiveChecks.WrongLength(nameof(recv), recv.Length, send.Length, "send.Length");
        }

        CollectiveChecks.Disjoint(send, recv);
        if (_mpi is not { } mpi)
        {
            send.CopyTo(recv);
            return;
        }

        fixed (T* s = send)
        fixed (T* r = recv)
        {
            Check(MPI_Allreduce(s, r, send.Length, mpi.Datatype(element), mpi.Op(op), mpi.World), "MPI_Allreduce");
        }
    }

    /// <summary>Combines one value of every rank with <paramref name="op"/> (<c>MPI_Allreduce</c> of one element).</summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="long"/>, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <exception cref="MpiException">The MPI call failed.</exception>
    public T Allreduce<T>(T value, MpiOp op)
        where T : unmanaged
    {
        T result = default;
        Allreduce(new ReadOnlySpan<T>(in value), new Span<T>(ref result), op);
        return result;
    }
}
