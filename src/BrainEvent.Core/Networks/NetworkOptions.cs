using BrainEvent.Distributed;

namespace BrainEvent.Networks;

/// <summary>How a <see cref="Network"/> steps: the time step, the seed, the threads and the ranks.</summary>
public sealed record NetworkOptions
{
    /// <summary>The time step in ms (0.1 by default): each step advances time by <c>Dt</c>.</summary>
    public double Dt { get; init; } = 0.1;

    /// <summary>
    /// The experiment's seed. The runtime draws no random numbers itself; builders of connectivity and initial
    /// state derive their seeds from it (the COBA benchmark uses <c>Mix64(Seed + 1)</c> and so on).
    /// </summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// Threads that run the steps, the calling thread included; null (the default) means one per processor.
    /// Spikes and state are the same for every value.
    /// </summary>
    public int? Threads { get; init; }

    /// <summary>
    /// Whether each thread of a run is pinned to a processor of its own for the run (Linux only; the
    /// calling thread gets its affinity back afterwards). True by default: the threads meet at a barrier every
    /// step, and an unpinned pair can end up sharing one core, which on a busy machine made steps 30 times
    /// slower. Nothing is pinned with one thread, or with more threads than processors the process may use.
    /// On a rank of a distributed network (<see cref="World"/>), the ranks the launcher started on one machine
    /// pin to disjoint processors: local rank <c>l</c> (Open MPI's <c>OMPI_COMM_WORLD_LOCAL_RANK</c>, MPICH's
    /// <c>MPI_LOCALRANKID</c>) takes the <c>l</c>-th run of <see cref="Threads"/> of the processors it may use, when
    /// they are enough for every local rank's threads; otherwise, or when the launcher does not say, nothing is pinned.
    /// Independent networks running at the same time pin to the same processors: turn it off for those.
    /// </summary>
    public bool PinThreads { get; init; } = true;

    /// <summary>
    /// Whether the run's threads flush subnormal floats to zero (the processor's FTZ and DAZ modes; Linux x64
    /// only, ignored elsewhere). True by default: a variable decaying towards 0, such as the conductance of a
    /// neuron that gets no input, would otherwise spend thousands of steps on subnormal values, on which
    /// arithmetic can be many times slower. It changes results only where values are below about 1.2e-38
    /// (float) or 2.2e-308 (double), and every thread flushes, so results stay the same for any thread count.
    /// </summary>
    public bool FlushDenormals { get; init; } = true;

    /// <summary>
    /// The ranks to distribute the network over (<see cref="MpiCommunicator.World"/> under <c>mpirun</c>); null
    /// (the default) runs it in this process. Every rank builds the same network, with the same calls in the same
    /// order; each runs its own contiguous block of every population (<see cref="Population{TModel}.Owned"/>) and
    /// they exchange spikes during runs, so every run is a collective. Spikes are the same for any number of ranks.
    /// Several ranks on one machine pin their threads to disjoint processors (<see cref="PinThreads"/>).
    /// </summary>
    public MpiCommunicator? World { get; init; }
}
