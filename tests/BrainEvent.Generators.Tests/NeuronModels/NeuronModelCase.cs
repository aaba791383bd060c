namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>An execution model: its source, the population's parameters and the ranges its random state is drawn from.</summary>
/// <param name="Name">The struct's name.</param>
/// <param name="Source">Its declaration (<see cref="NeuronModelSources"/>).</param>
/// <param name="IsDouble">Whether its element type is double.</param>
/// <param name="IsVectorised">Whether the generator vectorises it (else it runs per neuron).</param>
/// <param name="IsExact">Whether the generated update equals the reference bitwise: no <c>Exp</c> or <c>Log</c> of per-neuron values.</param>
/// <param name="Margin">The body of its <c>Margin()</c>: the distance from its state to the threshold decision (infinite for exact models: they cannot tie; Izhikevich's spikes sit exactly at the peak).</param>
/// <param name="Dt">The step, in ms.</param>
/// <param name="Shared">The shared values.</param>
/// <param name="State">Each state field's range.</param>
public sealed record NeuronModelCase(
    string Name,
    string Source,
    bool IsDouble,
    bool IsVectorised,
    bool IsExact,
    string Margin,
    double Dt,
    IReadOnlyDictionary<string, double> Shared,
    IReadOnlyDictionary<string, (double Low, double High)> State)
{
    public static IReadOnlyList<NeuronModelCase> All { get; } =
    [
        new("CobaLif", NeuronModelSources.CobaLif, IsDouble: false, IsVectorised: true, IsExact: false, "Math.Abs(V - VTh)", 0.1,
            new Dictionary<string, double>
            {
                ["VRest"] = -60, ["VTh"] = -50, ["VReset"] = -60, ["TauM"] = 20, ["TauE"] = 5, ["TauI"] = 10, ["EE"] = 0, ["EI"] = -80, ["I"] = 20,
            },
            new Dictionary<string, (double, double)> { ["V"] = (-65, -49), ["Ge"] = (0, 0.5), ["Gi"] = (0, 2) }),
        new("Izhikevich", NeuronModelSources.Izhikevich, IsDouble: true, IsVectorised: true, IsExact: true, "double.PositiveInfinity", 0.5,
            new Dictionary<string, double> { ["A"] = 0.02, ["B"] = 0.2, ["C"] = -65, ["D"] = 8, ["I"] = 10, ["VPeak"] = 30 },
            new Dictionary<string, (double, double)> { ["V"] = (-80, 35), ["U"] = (-20, 5) }),
        new("AdEx", NeuronModelSources.AdEx, IsDouble: false, IsVectorised: true, IsExact: false, "Math.Abs(V - VPeak)", 0.1,
            new Dictionary<string, double>
            {
                ["C"] = 281, ["GL"] = 30, ["EL"] = -70.6, ["VT"] = -50.4, ["DeltaT"] = 2, ["TauW"] = 144, ["A"] = 4, ["B"] = 80.5,
                ["VReset"] = -70.6, ["VPeak"] = -30, ["I"] = 800,
            },
            new Dictionary<string, (double, double)> { ["V"] = (-75, -28), ["W"] = (0, 200) }),
        new("Branching", NeuronModelSources.Branching, IsDouble: false, IsVectorised: true, IsExact: false, "Math.Abs(V - Threshold0)", 0.25,
            new Dictionary<string, double> { ["Gain"] = 0.7, ["Leak"] = 0.3, ["Threshold0"] = 1.5, ["Steps"] = 4 },
            new Dictionary<string, (double, double)> { ["V"] = (-3, 3), ["A"] = (-2, 3), ["B"] = (-1, 12) }),
        new("DoubleMath", NeuronModelSources.DoubleMath, IsDouble: true, IsVectorised: true, IsExact: false, "Math.Abs(V - VTh)", 0.5,
            new Dictionary<string, double> { ["Tau"] = 2, ["Floor"] = -0.5, ["VTh"] = 1.3, ["VReset"] = 0 },
            new Dictionary<string, (double, double)> { ["V"] = (-3, 2), ["G"] = (0, 3) }),
        new("Floor", NeuronModelSources.Floor, IsDouble: false, IsVectorised: true, IsExact: true, "double.PositiveInfinity", 0.5,
            new Dictionary<string, double> { ["Tau"] = 4, ["Drive"] = -2, ["VFloor"] = -1, ["VTop"] = 1.5 },
            new Dictionary<string, (double, double)> { ["V"] = (-1.5, 2), ["A"] = (0, 3) }),
        new("Unequal", NeuronModelSources.Unequal, IsDouble: true, IsVectorised: true, IsExact: true, "double.PositiveInfinity", 0.5,
            new Dictionary<string, double> { ["Tau"] = 2, ["VRest"] = 0 },
            new Dictionary<string, (double, double)> { ["V"] = (-1, 3) }),
        new("Substeps", NeuronModelSources.Substeps, IsDouble: true, IsVectorised: false, IsExact: true, "double.PositiveInfinity", 0.5,
            new Dictionary<string, double> { ["Tau"] = 3, ["VTh"] = 1, ["Count"] = 3 },
            new Dictionary<string, (double, double)> { ["V"] = (-1, 2), ["G"] = (0, 2) }),
    ];

    public static NeuronModelCase Get(string name) => All.Single(c => c.Name == name);

    public Type Element => IsDouble ? typeof(double) : typeof(float);

    /// <summary>The declaration that makes the struct a reference neuron (its own Update, Threshold and Reset) with its margin.</summary>
    public string ReferencePart =>
        $"partial struct {Name} : BrainEvent.Generators.Tests.NeuronModels.IReferenceNeuron<{(IsDouble ? "double" : "float")}>\n"
        + $"{{\n    public readonly double Margin() => {Margin};\n}}\n";
}
