using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Models;

/// <summary>
/// A neuron that spikes on a schedule: <see cref="Countdown"/> drops by one per step and a spike happens when it
/// reaches 0, so a countdown of <c>s + 1</c> spikes in step <c>s</c>; then it restarts from <see cref="Period"/>
/// (0: never again). No refractoriness.
/// </summary>
public struct Pacer : INeuronModel<Pacer>, IScalarNeuron<Pacer>
{
    public float Countdown;
    public float Period;

    private static readonly NeuronModelInfo ModelInfo = Models.ModelInfo.Of(nameof(Pacer), 0, [nameof(Countdown)], [nameof(Period)]);

    public static NeuronModelInfo Info => ModelInfo;

    public void Update(float dt) => Countdown -= 1;

    public readonly bool Threshold() => Countdown == 0;

    public void Reset() => Countdown = Period;

    public static void WriteState(in Pacer neuron, NeuronState state, int index) => state.Field<float>(0)[index] = neuron.Countdown;

    public static void ReadState(ref Pacer neuron, NeuronState state, int index) => neuron.Countdown = state.Field<float>(0)[index];

    public static void Update(in Pacer shared, in NeuronStepArgs args) => ScalarUpdate.Run(shared, args);
}
