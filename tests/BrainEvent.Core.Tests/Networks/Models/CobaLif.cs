using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Models;

/// <summary>
/// Issue 11's COBA LIF model written as a user would, with a plain scalar <see cref="Update(float)"/>: the
/// CLI's exact linear step, conductances relative to the leak, refractory 5 ms (V held).
/// </summary>
public struct CobaLif : INeuronModel<CobaLif>, IScalarNeuron<CobaLif>
{
    public float V;
    public float Ge;
    public float Gi;
    public float VRest, VTh, VReset, TauM, TauE, TauI, EE, EI, I;

    private static readonly NeuronModelInfo ModelInfo = Models.ModelInfo.Of(
        nameof(CobaLif), 5.0, [nameof(V), nameof(Ge), nameof(Gi)],
        [nameof(VRest), nameof(VTh), nameof(VReset), nameof(TauM), nameof(TauE), nameof(TauI), nameof(EE), nameof(EI), nameof(I)],
        nameof(V));

    /// <summary>The benchmark's parameters, V at rest.</summary>
    public static CobaLif Benchmark => new()
    {
        V = -60,
        VRest = -60,
        VTh = -50,
        VReset = -60,
        TauM = 20,
        TauE = 5,
        TauI = 10,
        EE = 0,
        EI = -80,
        I = 20,
    };

    public static NeuronModelInfo Info => ModelInfo;

    public void Update(float dt)
    {
        float total = 1 + Ge + Gi;
        float vInf = (VRest + I + (Ge * EE) + (Gi * EI)) / total;
        V = vInf + ((V - vInf) * MathF.Exp(-dt * total / TauM));
        Ge *= MathF.Exp(-dt / TauE);
        Gi *= MathF.Exp(-dt / TauI);
    }

    public readonly bool Threshold() => V >= VTh;

    public void Reset() => V = VReset;

    public static void WriteState(in CobaLif neuron, NeuronState state, int index)
    {
        state.Field<float>(0)[index] = neuron.V;
        state.Field<float>(1)[index] = neuron.Ge;
        state.Field<float>(2)[index] = neuron.Gi;
    }

    public static void ReadState(ref CobaLif neuron, NeuronState state, int index)
    {
        neuron.V = state.Field<float>(0)[index];
        neuron.Ge = state.Field<float>(1)[index];
        neuron.Gi = state.Field<float>(2)[index];
    }

    public static void Update(in CobaLif shared, in NeuronStepArgs args) => ScalarUpdate.Run(shared, args);
}
