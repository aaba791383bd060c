using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Models;

/// <summary>
/// A small leaky integrate-and-fire neuron for comparisons with plain loops: V relaxes towards
/// <see cref="Drive"/> with time constant <see cref="Tau"/> and jumps by the synaptic variable G, which decays
/// by 0.8 per step; V &gt;= 1 is a spike that resets V to 0; refractory 0.3 ms (V held).
/// </summary>
public struct Leaky : INeuronModel<Leaky>, IScalarNeuron<Leaky>
{
    public float V;
    public float G;
    public float Tau;
    public float Drive;

    private static readonly NeuronModelInfo ModelInfo = Models.ModelInfo.Of(nameof(Leaky), 0.3, [nameof(V), nameof(G)], [nameof(Tau), nameof(Drive)], nameof(V));

    public static NeuronModelInfo Info => ModelInfo;

    /// <summary>The step, as the plain reference loops compute it too.</summary>
    public static (float V, float G) Step(float v, float g, float dt, float tau, float drive) => (v + ((dt / tau) * (drive - v)) + g, g * 0.8f);

    public void Update(float dt) => (V, G) = Step(V, G, dt, Tau, Drive);

    public readonly bool Threshold() => V >= 1;

    public void Reset() => V = 0;

    public static void WriteState(in Leaky neuron, NeuronState state, int index)
    {
        state.Field<float>(0)[index] = neuron.V;
        state.Field<float>(1)[index] = neuron.G;
    }

    public static void ReadState(ref Leaky neuron, NeuronState state, int index)
    {
        neuron.V = state.Field<float>(0)[index];
        neuron.G = state.Field<float>(1)[index];
    }

    public static void Update(in Leaky shared, in NeuronStepArgs args) => ScalarUpdate.Run(shared, args);
}
