namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The state of every neuron, in global order (excitatory first), each array padded to whole 64-neuron
/// words so the update runs on full vectors and one spike word at a time. Padding neurons evolve like
/// the others but their spike bits are dropped when the words are split into the populations.
/// </summary>
internal sealed class NeuronState
{
    public NeuronState(int neurons, NetworkModel model, ulong seed)
    {
        Neurons = neurons;
        Words = BitSpikes.WordCount(neurons);
        int padded = Words * 64;
        Potential = new float[padded];
        Excitatory = new float[padded];
        Inhibitory = new float[padded];
        Refractory = new float[padded];
        ExcitatoryInput = new float[padded];
        InhibitoryInput = new float[padded];
        Fired = new ulong[Words];

        var random = Xoshiro256StarStar.ForStream(seed, 0);
        for (int i = 0; i < padded; i++)
        {
            Potential[i] = (float)(model.InitialMean + (model.InitialStd * random.NextNormal()));
        }
    }

    public int Neurons { get; }

    /// <summary>The number of 64-neuron words.</summary>
    public int Words { get; }

    /// <summary>V, in mV.</summary>
    public float[] Potential { get; }

    /// <summary>g_e: conductance relative to the leak (COBA) or current in mV (CUBA).</summary>
    public float[] Excitatory { get; }

    /// <summary>g_i, as <see cref="Excitatory"/>.</summary>
    public float[] Inhibitory { get; }

    /// <summary>Steps left at reset after a spike (whole numbers, kept as float to share the vector lanes).</summary>
    public float[] Refractory { get; }

    /// <summary>This step's excitatory arrivals, <c>spikes_E @ W_E</c>; the first <see cref="Neurons"/> entries are written by the product.</summary>
    public float[] ExcitatoryInput { get; }

    /// <summary>This step's inhibitory arrivals, <c>spikes_I @ W_I</c>.</summary>
    public float[] InhibitoryInput { get; }

    /// <summary>This step's spikes in global order, 64 to a word.</summary>
    public ulong[] Fired { get; }
}
