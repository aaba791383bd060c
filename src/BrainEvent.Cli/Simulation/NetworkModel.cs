namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The neuron and synapse parameters of the balanced E/I network of Vogels and Abbott (2005) as used in the
/// simulator benchmarks of Brette et al. (2007). Potentials in mV, times in ms. Leaky integrate-and-fire
/// neurons, <c>tau_m dV/dt = V_rest - V + I + I_syn</c>, with exponentially decaying synaptic variables that
/// jump by the weight on each presynaptic spike.
/// </summary>
/// <param name="Name">The model's name on the command line.</param>
/// <param name="ConductanceBased">
/// COBA: <c>I_syn = g_e (E_e - V) + g_i (E_i - V)</c>, conductances relative to the leak. CUBA:
/// <c>I_syn = g_e + g_i</c>, currents in mV.
/// </param>
/// <param name="RestingPotential">V_rest (the leak reversal).</param>
/// <param name="ResetPotential">V_reset, where V is held during the refractory period.</param>
/// <param name="Threshold">V_th: a spike when V reaches it.</param>
/// <param name="MembraneTau">tau_m.</param>
/// <param name="RefractoryPeriod">How long V is held at reset after a spike.</param>
/// <param name="InputCurrent">The constant input I.</param>
/// <param name="ExcitatoryTau">tau_e of the excitatory synaptic variable.</param>
/// <param name="InhibitoryTau">tau_i of the inhibitory synaptic variable.</param>
/// <param name="ExcitatoryWeight">The jump of g_e per excitatory spike.</param>
/// <param name="InhibitoryWeight">The jump of g_i per inhibitory spike.</param>
/// <param name="ExcitatoryReversal">E_e (COBA only).</param>
/// <param name="InhibitoryReversal">E_i (COBA only).</param>
/// <param name="InitialMean">The mean of the initial V.</param>
/// <param name="InitialStd">The standard deviation of the initial V.</param>
internal sealed record NetworkModel(
    string Name,
    bool ConductanceBased,
    float RestingPotential,
    float ResetPotential,
    float Threshold,
    float MembraneTau,
    float RefractoryPeriod,
    float InputCurrent,
    float ExcitatoryTau,
    float InhibitoryTau,
    float ExcitatoryWeight,
    float InhibitoryWeight,
    float ExcitatoryReversal,
    float InhibitoryReversal,
    float InitialMean,
    float InitialStd)
{
    /// <summary>Neurons per unit of scale.</summary>
    public const int NeuronsPerScale = 4000;

    /// <summary>The excitatory share of the neurons.</summary>
    public const double ExcitatoryFraction = 0.8;

    /// <summary>Each neuron's number of random post-synaptic targets (2% of 4000, as in the benchmark).</summary>
    public const int TargetsPerNeuron = 80;

    /// <summary>
    /// The conductance-based benchmark as in brainpy/brainevent's COBA example: V_rest = V_reset = -60,
    /// V_th = -50, tau_m = 20, refractory 5, I = 20, tau_e = 5, tau_i = 10, weights 0.6 and 6.7,
    /// E_e = 0, E_i = -80, initial V ~ Normal(-55, 2).
    /// </summary>
    public static NetworkModel Coba { get; } = new(
        "coba", ConductanceBased: true, RestingPotential: -60, ResetPotential: -60, Threshold: -50, MembraneTau: 20,
        RefractoryPeriod: 5, InputCurrent: 20, ExcitatoryTau: 5, InhibitoryTau: 10, ExcitatoryWeight: 0.6f,
        InhibitoryWeight: 6.7f, ExcitatoryReversal: 0, InhibitoryReversal: -80, InitialMean: -55, InitialStd: 2);

    /// <summary>
    /// The current-based benchmark of Brette et al. (2007), after Vogels and Abbott: E_L = -49 (above
    /// threshold, so neurons fire without input, I = 0), V_reset = -60, V_th = -50, tau_m = 20,
    /// refractory 5, tau_e = 5, tau_i = 10, weights +1.62 mV (= 60 * 0.27 / 10) and -9 mV (= -20 * 4.5 / 10);
    /// initial V ~ Normal(-55, 2) as for COBA.
    /// </summary>
    public static NetworkModel Cuba { get; } = new(
        "cuba", ConductanceBased: false, RestingPotential: -49, ResetPotential: -60, Threshold: -50, MembraneTau: 20,
        RefractoryPeriod: 5, InputCurrent: 0, ExcitatoryTau: 5, InhibitoryTau: 10, ExcitatoryWeight: 1.62f,
        InhibitoryWeight: -9f, ExcitatoryReversal: 0, InhibitoryReversal: 0, InitialMean: -55, InitialStd: 2);

    /// <summary>The model called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static NetworkModel? Find(string name) =>
        name.Equals("coba", StringComparison.OrdinalIgnoreCase) ? Coba
        : name.Equals("cuba", StringComparison.OrdinalIgnoreCase) ? Cuba
        : null;
}
