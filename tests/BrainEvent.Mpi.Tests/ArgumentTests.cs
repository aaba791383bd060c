using BrainEvent.Distributed;

namespace BrainEvent.Mpi.Tests;

/// <summary>
/// The checks every collective makes before calling MPI, here on the single rank of the test process: the same
/// code runs on every rank of a job.
/// </summary>
public class ArgumentTests
{
    private static readonly MpiCommunicator World = MpiCommunicator.World;

    [Fact]
    public void Allgather_needs_Size_times_the_send_length()
    {
        var e = Assert.Throws<ArgumentException>(() => World.Allgather<int>([1, 2], new int[3]));
        Assert.Equal("recv", e.ParamName);
        Assert.StartsWith("recv must hold 2 elements (send.Length 2 x Size 1); it holds 3.", e.Message);
    }

    [Fact]
    public void Allgatherv_needs_one_count_and_displacement_per_rank()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => World.Allgatherv<int>([1], new int[1], [1, 0], [0])).ParamName);
        Assert.Equal("displs", Assert.Throws<ArgumentException>(() => World.Allgatherv<int>([1], new int[1], [1], [])).ParamName);
    }

    [Fact]
    public void Allgatherv_refuses_negative_counts_and_blocks_past_the_buffer()
    {
        var negative = Assert.Throws<ArgumentException>(() => World.Allgatherv<long>([], new long[4], [-1], [0]));
        Assert.Equal("counts", negative.ParamName);
        Assert.StartsWith("counts[0] is -1; a count cannot be negative.", negative.Message);

        var past = Assert.Throws<ArgumentException>(() => World.Allgatherv<long>([1, 2], new long[4], [2], [3]));
        Assert.Equal("displs", past.ParamName);
        Assert.StartsWith("the block of rank 0 (displs[0] = 3, counts[0] = 2) ends past the 4 elements of recv.", past.Message);

        Assert.Equal("displs", Assert.Throws<ArgumentException>(() => World.Allgatherv<long>([1], new long[4], [1], [int.MaxValue])).ParamName);
    }

    [Fact]
    public void Allgatherv_needs_send_to_hold_this_ranks_count()
    {
        var e = Assert.Throws<ArgumentException>(() => World.Allgatherv<double>([1, 2, 3], new double[4], [2], [0]));
        Assert.Equal("send", e.ParamName);
        Assert.StartsWith("send must hold 2 elements (counts[0], this rank's count); it holds 3.", e.Message);
    }

    [Fact]
    public void Alltoall_needs_recv_as_long_as_send()
    {
        Assert.Equal("recv", Assert.Throws<ArgumentException>(() => World.Alltoall<byte>([1, 2], new byte[1])).ParamName);
    }

    [Fact]
    public void Alltoallv_checks_both_sides_and_on_one_rank_that_it_receives_what_it_sends()
    {
        Assert.Equal("sendDispls", Assert.Throws<ArgumentException>(() => World.Alltoallv<int>([1], [1], [1], new int[1], [1], [0])).ParamName);
        Assert.Equal("recvCounts", Assert.Throws<ArgumentException>(() => World.Alltoallv<int>([1], [1], [0], new int[2], [2], [0])).ParamName);
        Assert.Equal("recvCounts", Assert.Throws<ArgumentException>(() => World.Alltoallv<int>([1, 2], [2], [0], new int[2], [1], [0])).ParamName);
    }

    [Fact]
    public void Overlapping_send_and_receive_buffers_are_refused()
    {
        var buffer = new int[4];
        var e = Assert.Throws<ArgumentException>(() => World.Allreduce<int>(buffer.AsSpan(0, 2), buffer.AsSpan(1, 2), MpiOp.Sum));
        Assert.Equal("recv", e.ParamName);
    }

    [Fact]
    public void Only_the_types_with_a_predefined_MPI_datatype_are_sent_and_bytes_are_not_reduced()
    {
        Assert.Throws<NotSupportedException>(() => World.Allgather<short>([1], new short[1]));
        var e = Assert.Throws<NotSupportedException>(() => World.Allreduce<byte>([1], new byte[1], MpiOp.Sum));
        Assert.Equal("MPI reductions take int, long, float or double elements, not Byte.", e.Message);
        Assert.Equal("op", Assert.Throws<ArgumentOutOfRangeException>(() => World.Allreduce(1.0, (MpiOp)7)).ParamName);
    }

    [Fact]
    public void The_single_rank_collectives_copy()
    {
        var recv = new int[] { -1, -1, -1, -1 };
        World.Allgatherv<int>([5, 6], recv, [2], [1]);
        Assert.Equal([-1, 5, 6, -1], recv);

        var block = new long[3];
        World.Alltoallv<long>([9, 8, 7], [2], [1], block, [2], [0]);
        Assert.Equal([8L, 7, 0], block);

        Assert.Equal(2.5, World.Allreduce(2.5, MpiOp.Max));
        World.Barrier();
    }
}
