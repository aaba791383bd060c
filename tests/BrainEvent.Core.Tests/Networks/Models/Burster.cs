using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Models;

/// <summary>A refractory period, as a type: models' <see cref="INeuronModel{TSelf}.Info"/> is static.</summary>
public interface IRefractoryPeriod
{
    static abstract double Ms { get; }
}

/// <summary>5 ms, the benchmark's.</summary>
public readonly struct FiveMs : IRefractoryPeriod
{
    public static double Ms => 5.0;
}

/// <summary>One step of 0.1 ms: refractory in no step after the spike.</summary>
public readonly struct OneStep : IRefractoryPeriod
{
    public static double Ms => 0.1;
}

/// <summary>None.</summary>
public readonly struct NoPeriod : IRefractoryPeriod
{
    public static double Ms => 0;
}

/// <summary>
/// A neuron that fires whenever it may: each update adds 1 to <see cref="V"/> (held while refractory) and to
/// <see cref="Updates"/> (never held), and <c>V &gt;= 1</c> is a spike that resets V to 0. So it spikes in
/// every step that is not refractory, and V shows which updates were held.
/// </summary>
public struct Burster<TPeriod> : INeuronModel<Burster<TPeriod>>, IScalarNeuron<Burster<TPeriod>>
    where TPeriod : struct, IRefractoryPeriod
{
    public float V;
    public float Updates;

    private static readonly NeuronModelInfo ModelInfo = Models.ModelInfo.Of("Burster", TPeriod.Ms, [nameof(V), nameof(Updates)], [], nameof(V));

    public static NeuronModelInfo Info => ModelInfo;

    public void Update(float dt)
    {
        V += 1;
        Updates += 1;
    }

    public readonly bool Threshold() => V >= 1;

    public void Reset() => V = 0;

    public static void WriteState(in Burster<TPeriod> neuron, NeuronState state, int index)
    {
        state.Field<float>(0)[index] = neuron.V;
        state.Field<float>(1)[index] = neuron.Updates;
    }

    public static void ReadState(ref Burster<TPeriod> neuron, NeuronState state, int index)
    {
        neuron.V = state.Field<float>(0)[index];
        neuron.Updates = state.Field<float>(1)[index];
    }

    public static void Update(in Burster<TPeriod> shared, in NeuronStepArgs args) => ScalarUpdate.Run(shared, args);
}
