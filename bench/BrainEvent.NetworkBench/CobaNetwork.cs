using BrainEvent.Networks;

namespace BrainEvent.NetworkBench;

/// <summary>
/// The COBA benchmark network of <c>brainevent simulate</c> built through the network API, with the same
/// connectivity and initial state for a seed: 4000 x scale neurons in one population, the first 80%
/// excitatory, each projecting to 80 random targets among all (weights 0.6 into Ge, 6.7 into Gi), drawn
/// with seeds <c>Mix64(seed + 1)</c> and <c>Mix64(seed + 2)</c>; V from N(-55, 2) on stream 0 of
/// <c>Mix64(seed + 3)</c>; every synapse delayed by <c>delayMs</c> (0 unless given).
/// </summary>
public static class CobaNetwork
{
    /// <summary>Targets per neuron.</summary>
    public const int TargetsPerNeuron = 80;

    /// <summary>Adds the network to <paramref name="network"/>; returns its population and the number of excitatory neurons.</summary>
    public static (Population<TModel> All, int Excitatory) Build<TModel>(Network network, double scale, ulong seed, TModel template, double delayMs = 0)
        where TModel : struct, INeuronModel<TModel>
    {
        var (all, excitatory, _) = Build(network, scale, seed, template, stdp: null, delayMs);
        return (all, excitatory);
    }

    /// <summary>
    /// Adds the network as the other overload does; with <paramref name="stdp"/>, the excitatory synapses learn by
    /// it, each starting at 0.6 (returned as the plastic projection). The connectivity is the same either way.
    /// </summary>
    public static (Population<TModel> All, int Excitatory, PlasticProjection<float>? ExcitatorySynapses) Build<TModel>(
        Network network, double scale, ulong seed, TModel template, PairStdp? stdp, double delayMs = 0)
        where TModel : struct, INeuronModel<TModel>
    {
        int neurons = (int)Math.Round(4000 * scale);
        int excitatory = (int)Math.Round(neurons * 0.8);
        var all = network.AddPopulation(neurons, template);
        var random = Xoshiro256StarStar.ForStream(Xoshiro256StarStar.Mix64(seed + 3), 0);
        all.SetVariable("V", _ => (float)(-55 + (2 * random.NextNormal())));

        ulong excitatorySeed = Xoshiro256StarStar.Mix64(seed + 1);
        PlasticProjection<float>? plastic = null;
        if (stdp is null)
        {
            // Drawn by the network: on a rank of a distributed one, only the rank's part of the matrix is ever held.
            network.ConnectRandom(all[..excitatory], all, TargetsPerNeuron, 0.6f, excitatorySeed, into: "Ge", delayMs);
        }
        else
        {
            var toExcitatory = FixedPostNumConn<float>.Random(excitatory, neurons, TargetsPerNeuron, 0.6f, excitatorySeed);
            var perSynapse = toExcitatory.WithData(Enumerable.Repeat(0.6f, toExcitatory.Nse).ToArray());
            plastic = network.Connect(all[..excitatory], all, perSynapse, into: "Ge", plasticity: stdp, delay: delayMs);
        }

        network.ConnectRandom(all[excitatory..], all, TargetsPerNeuron, 6.7f, Xoshiro256StarStar.Mix64(seed + 2), into: "Gi", delayMs);
        return (all, excitatory, plastic);
    }
}
