namespace BrainEvent.Cli.Simulation;

/// <summary>What to simulate: the model, the network's size and the run.</summary>
/// <param name="Model">The neuron and synapse parameters.</param>
/// <param name="Scale">Neurons = 4000 * scale.</param>
/// <param name="DurationSeconds">Simulated time.</param>
/// <param name="Seed">Seeds the connectivity and the initial potentials.</param>
/// <param name="Threads">Threads for the neuron update and the library's kernels.</param>
internal sealed record SimulationOptions(NetworkModel Model, double Scale, double DurationSeconds, ulong Seed, int Threads)
{
    /// <summary>The integration step, 0.1 ms.</summary>
    public const float DtMs = 0.1f;

    /// <summary>The largest network: its 80% excitatory rows of 80 targets must fit in one array.</summary>
    public const int MaxNeurons = 25_000_000;

    /// <summary>The longest run: the per-step spike counts are kept for the rate plot.</summary>
    public const double MaxDurationSeconds = 1000;

    public int Neurons => (int)Math.Round(NetworkModel.NeuronsPerScale * Scale);

    public int Excitatory => (int)Math.Round(Neurons * NetworkModel.ExcitatoryFraction);

    public int Inhibitory => Neurons - Excitatory;

    public int Steps => (int)Math.Round(DurationSeconds * 1000 / DtMs);

    /// <summary>Checks the ranges; the message names the option.</summary>
    public void Validate()
    {
        double neurons = Math.Round(NetworkModel.NeuronsPerScale * Scale);
        if (!(neurons >= NetworkModel.TargetsPerNeuron && neurons <= MaxNeurons))
        {
            throw new ArgumentException(
                $"--scale must give between {NetworkModel.TargetsPerNeuron} (the targets per neuron) and {MaxNeurons} neurons (4000 * scale); got scale {Scale} = {neurons} neurons.",
                nameof(Scale));
        }

        if (!(DurationSeconds > 0 && DurationSeconds <= MaxDurationSeconds) || Steps < 1)
        {
            throw new ArgumentException(
                $"--duration must be at least one step ({DtMs} ms) and at most {MaxDurationSeconds} s; got {DurationSeconds} s.", nameof(DurationSeconds));
        }

        if (Threads < 1)
        {
            throw new ArgumentException($"--threads must be at least 1; got {Threads}.", nameof(Threads));
        }
    }
}
