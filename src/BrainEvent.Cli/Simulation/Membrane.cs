using System.Runtime.CompilerServices;

namespace BrainEvent.Cli.Simulation;

/// <summary>The per-step constants of the neuron update, from the model and dt.</summary>
internal readonly struct UpdateConstants(NetworkModel model, float dtMs)
{
    public float RestPlusInput { get; } = model.RestingPotential + model.InputCurrent;

    public float ExcitatoryReversal { get; } = model.ExcitatoryReversal;

    public float InhibitoryReversal { get; } = model.InhibitoryReversal;

    /// <summary>-dt / tau_m: the exponent of the leak per unit of total conductance.</summary>
    public float NegDtOverTauM { get; } = -dtMs / model.MembraneTau;

    /// <summary>exp(-dt / tau_m): the leak decay of the current-based model.</summary>
    public float LeakDecay { get; } = MathF.Exp(-dtMs / model.MembraneTau);

    public float ExcitatoryDecay { get; } = MathF.Exp(-dtMs / model.ExcitatoryTau);

    public float InhibitoryDecay { get; } = MathF.Exp(-dtMs / model.InhibitoryTau);

    public float Threshold { get; } = model.Threshold;

    public float Reset { get; } = model.ResetPotential;

    /// <summary>Steps a neuron is held at reset after a spike.</summary>
    public float RefractorySteps { get; } = MathF.Round(model.RefractoryPeriod / dtMs);
}

/// <summary><see cref="UpdateConstants"/> broadcast to every lane, once per call.</summary>
internal readonly struct LaneConstants<TLanes>(in UpdateConstants c)
    where TLanes : struct, IFloatLanes<TLanes>
{
    public readonly TLanes RestPlusInput = TLanes.Create(c.RestPlusInput);
    public readonly TLanes ExcitatoryReversal = TLanes.Create(c.ExcitatoryReversal);
    public readonly TLanes InhibitoryReversal = TLanes.Create(c.InhibitoryReversal);
    public readonly TLanes NegDtOverTauM = TLanes.Create(c.NegDtOverTauM);
    public readonly TLanes LeakDecay = TLanes.Create(c.LeakDecay);
    public readonly TLanes ExcitatoryDecay = TLanes.Create(c.ExcitatoryDecay);
    public readonly TLanes InhibitoryDecay = TLanes.Create(c.InhibitoryDecay);
    public readonly TLanes Threshold = TLanes.Create(c.Threshold);
    public readonly TLanes Reset = TLanes.Create(c.Reset);
    public readonly TLanes RefractorySteps = TLanes.Create(c.RefractorySteps);
}

/// <summary>
/// One step of the membrane equation with the synaptic variables held fixed over the step, which makes it
/// linear in V and so exactly solvable: <c>V(t + dt) = V_inf + (V(t) - V_inf) exp(-dt / tau_eff)</c>.
/// </summary>
internal interface IMembrane
{
    static abstract TLanes Advance<TLanes>(TLanes v, TLanes ge, TLanes gi, in LaneConstants<TLanes> c)
        where TLanes : struct, IFloatLanes<TLanes>;
}

/// <summary>
/// Conductance-based: <c>tau_m dV/dt = (V_rest + I + g_e E_e + g_i E_i) - (1 + g_e + g_i) V</c>, so
/// <c>V_inf = (V_rest + I + g_e E_e + g_i E_i) / (1 + g_e + g_i)</c> and <c>tau_eff = tau_m / (1 + g_e + g_i)</c>.
/// </summary>
internal readonly struct ConductanceMembrane : IMembrane
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Advance<TLanes>(TLanes v, TLanes ge, TLanes gi, in LaneConstants<TLanes> c)
        where TLanes : struct, IFloatLanes<TLanes>
    {
        var total = TLanes.Create(1f) + ge + gi;
        var vInf = TLanes.MultiplyAdd(gi, c.InhibitoryReversal, TLanes.MultiplyAdd(ge, c.ExcitatoryReversal, c.RestPlusInput)) / total;
        return TLanes.MultiplyAdd(v - vInf, LaneMath.Exp(total * c.NegDtOverTauM), vInf);
    }
}

/// <summary>Current-based: <c>tau_m dV/dt = V_rest + I + g_e + g_i - V</c>, so <c>V_inf = V_rest + I + g_e + g_i</c>, <c>tau_eff = tau_m</c>.</summary>
internal readonly struct CurrentMembrane : IMembrane
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Advance<TLanes>(TLanes v, TLanes ge, TLanes gi, in LaneConstants<TLanes> c)
        where TLanes : struct, IFloatLanes<TLanes>
    {
        var vInf = c.RestPlusInput + ge + gi;
        return TLanes.MultiplyAdd(v - vInf, c.LeakDecay, vInf);
    }
}
