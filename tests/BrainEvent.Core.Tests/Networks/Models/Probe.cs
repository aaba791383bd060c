using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Models;

/// <summary>
/// A neuron that shows what arrived: projections add into <see cref="In"/>, and each update moves it to
/// <see cref="Seen"/> (so after step <c>k</c>, <c>Seen</c> is what step <c>k</c>'s update saw) and adds it to
/// <see cref="Total"/>. It never spikes.
/// </summary>
public struct Probe : INeuronModel<Probe>, IScalarNeuron<Probe>
{
    public float In;
    public float Seen;
    public float Total;
    public float Unused;

    private static readonly NeuronModelInfo ModelInfo = Models.ModelInfo.Of(nameof(Probe), 0, [nameof(In), nameof(Seen), nameof(Total)], [nameof(Unused)]);

    public static NeuronModelInfo Info => ModelInfo;

    public void Update(float dt)
    {
        Seen = In;
        Total += In;
        In = 0;
    }

    public readonly bool Threshold() => false;

    public void Reset()
    {
    }

    public static void WriteState(in Probe neuron, NeuronState state, int index)
    {
        state.Field<float>(0)[index] = neuron.In;
        state.Field<float>(1)[index] = neuron.Seen;
        state.Field<float>(2)[index] = neuron.Total;
    }

    public static void ReadState(ref Probe neuron, NeuronState state, int index)
    {
        neuron.In = state.Field<float>(0)[index];
        neuron.Seen = state.Field<float>(1)[index];
        neuron.Total = state.Field<float>(2)[index];
    }

    public static void Update(in Probe shared, in NeuronStepArgs args) => ScalarUpdate.Run(shared, args);
}
