using System.Diagnostics;
using BrainEvent.Distributed;

namespace BrainEvent.Networks;

/// <summary>
/// The exchange of spikes between the ranks of a distributed network. A spike of step <c>s</c> through a
/// projection with delay <c>d</c> is first needed at step <c>s + 1 + d</c>, so with every delay at least
/// <c>d</c> the ranks need to meet only every <see cref="Interval"/> = <c>d + 1</c> steps, and each meeting
/// carries the spikes of up to that many steps: after those steps every rank sends the ids of its own neurons
/// that spiked in each population some projection reads (an <c>MPI_Allgather</c> of how many per population
/// and step, then an <c>MPI_Allgatherv</c> of the ids) and files the other ranks' ids in their blocks of the
/// spike history, from which delivery then reads as in one process. Every run ends with an exchange, so a
/// run starts with nothing pending.
/// </summary>
/// <remarks>
/// Per-synapse delays go through a dendritic ring filled the step after the spike, so a projection with them
/// counts as delay 0. Every rank sends every spike to every rank; sending each spike only to the ranks its
/// targets are on (an <c>MPI_Alltoallv</c>) would send less only when a neuron's targets lie on few ranks.
/// </remarks>
internal sealed class SpikeExchange
{
    private readonly MpiCommunicator _world;
    private readonly PopulationRuntime[] _populations;
    private readonly int[] _header;
    private readonly int[] _headers;
    private readonly int[] _send;
    private readonly int[] _recv;
    private readonly int[] _counts;
    private readonly int[] _displs;
    private long _runFirstStep;
    private long _pendingFrom;
    private long _exchanges;
    private long _ticks;
    private long _bytesSent;
    private long _bytesReceived;

    private SpikeExchange(MpiCommunicator world, PopulationRuntime[] populations, int interval)
    {
        _world = world;
        _populations = populations;
        Interval = interval;
        _header = new int[populations.Length * interval];
        _headers = new int[_header.Length * world.Size];
        _send = new int[checked(populations.Sum(p => Math.Max(0, Math.Min(p.Count, p.Blocks.OwnToNeuron) - p.Blocks.OwnFromNeuron)) * interval)];
        _recv = new int[checked(populations.Sum(p => p.Count) * interval)];
        _counts = new int[world.Size];
        _displs = new int[world.Size];
    }

    /// <summary>Steps between exchanges: one more than the shortest delay of the network's projections.</summary>
    public int Interval { get; }

    /// <summary>What the exchanges of the current or last run cost.</summary>
    public ExchangeStats StatsOfRun => new(_exchanges, _ticks / (double)Stopwatch.Frequency, _bytesSent, _bytesReceived);

    /// <summary>
    /// The exchange for a network over <paramref name="world"/> with <paramref name="populations"/> and
    /// <paramref name="projections"/>; null when there is nothing to exchange (one rank, or no projection).
    /// </summary>
    public static SpikeExchange? For(MpiCommunicator? world, IReadOnlyList<PopulationRuntime> populations, IReadOnlyList<Projection> projections)
    {
        if (world is null || world.Size == 1 || projections.Count == 0)
        {
            return null;
        }

        var read = populations.Where(p => projections.Any(projection => projection.Pre.Runtime == p)).ToArray();
        int shortest = projections.Min(p => p.DelaySteps ?? 0);
        return new SpikeExchange(world, read, shortest + 1);
    }

    /// <summary>Whether the ranks exchange after step <paramref name="step"/>: every <see cref="Interval"/> steps of a run, and after its last.</summary>
    public bool IsDue(long step, bool lastOfRun) => lastOfRun || (step + 1 - _runFirstStep) % Interval == 0;

    /// <summary>A run starts at <paramref name="firstStep"/>, with the spikes of every earlier step exchanged.</summary>
    public void BeginRun(long firstStep) => (_runFirstStep, _pendingFrom, _exchanges, _ticks, _bytesSent, _bytesReceived) = (firstStep, firstStep, 0, 0, 0, 0);

    /// <summary>Exchanges the spikes of the steps since the last exchange, through <paramref name="lastStep"/>; on one thread, while the others wait.</summary>
    public void Exchange(long lastStep)
    {
        long start = Stopwatch.GetTimestamp();
        int steps = (int)(lastStep + 1 - _pendingFrom);
        int sent = Pack(steps);
        _world.Allgather<int>(_header, _headers);
        int received = 0;
        for (int rank = 0; rank < _world.Size; rank++)
        {
            _displs[rank] = received;
            _counts[rank] = Sum(_headers.AsSpan(rank * _header.Length, _header.Length));
            received += _counts[rank];
        }

        _world.Allgatherv<int>(_send.AsSpan(0, sent), _recv.AsSpan(0, received), _counts, _displs);
        for (int rank = 0; rank < _world.Size; rank++)
        {
            if (rank != _world.Rank)
            {
                Unpack(rank, steps);
            }
        }

        _pendingFrom = lastStep + 1;
        _exchanges++;
        _bytesSent += sizeof(int) * ((long)_header.Length + sent);
        _bytesReceived += sizeof(int) * ((long)_headers.Length - _header.Length + received - sent);
        _ticks += Stopwatch.GetTimestamp() - start;
    }

    /// <summary>Writes this rank's spikes of the pending steps to the header (counts) and the send buffer (ids, ascending); returns how many ids.</summary>
    private unsafe int Pack(int steps)
    {
        Array.Clear(_header);
        int sent = 0;
        for (int p = 0; p < _populations.Length; p++)
        {
            var population = _populations[p];
            var blocks = population.Blocks;
            int ownBlocks = blocks.OwnThreads;
            for (int s = 0; s < steps; s++)
            {
                long step = _pendingFrom + s;
                int before = sent;
                for (int block = blocks.FirstOwn; block < blocks.FirstOwn + ownBlocks; block++)
                {
                    int count = population.History.Count(step, block);
                    new ReadOnlySpan<int>(population.History.List(step, block), count).CopyTo(_send.AsSpan(sent));
                    sent += count;
                }

                _header[(p * Interval) + s] = sent - before;
            }
        }

        return sent;
    }

    /// <summary>Files rank <paramref name="rank"/>'s spikes of the pending steps in its blocks of each population's history.</summary>
    private unsafe void Unpack(int rank, int steps)
    {
        var header = _headers.AsSpan(rank * _header.Length, _header.Length);
        int at = _displs[rank];
        for (int p = 0; p < _populations.Length; p++)
        {
            var population = _populations[p];
            var blocks = population.Blocks;
            int ownBlocks = blocks.OwnThreads;
            for (int s = 0; s < steps; s++)
            {
                long step = _pendingFrom + s;
                int end = at + header[(p * Interval) + s];
                for (int block = rank * ownBlocks; block < (rank + 1) * ownBlocks; block++)
                {
                    int to = blocks.ToNeuron(block);
                    int from = at;
                    while (at < end && _recv[at] < to)
                    {
                        at++;
                    }

                    _recv.AsSpan(from, at - from).CopyTo(new Span<int>(population.History.List(step, block), at - from));
                    population.History.SetCount(step, block, at - from);
                }

                at = end;
            }
        }
    }

    private static int Sum(ReadOnlySpan<int> values)
    {
        int sum = 0;
        foreach (int value in values)
        {
            sum += value;
        }

        return sum;
    }
}
