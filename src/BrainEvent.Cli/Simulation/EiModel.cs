using System.Reflection;
using BrainEvent.Models;
using BrainEvent.Networks;

namespace BrainEvent.Cli.Simulation;

/// <summary>
/// A model of the balanced E/I network of Vogels and Abbott (2005) as used in the simulator benchmarks of Brette
/// et al. (2007): which neuron of <c>BrainEvent.Models</c> (its shared parameters from its template), and the
/// weights of the excitatory and inhibitory projections, added to its <c>Ge</c> and <c>Gi</c>.
/// </summary>
/// <param name="Name">The model's name on the command line.</param>
/// <param name="ExcitatoryWeight">The jump of Ge per excitatory spike (<c>we</c>).</param>
/// <param name="InhibitoryWeight">The jump of Gi per inhibitory spike (<c>wi</c>).</param>
internal abstract record EiModel(string Name, float ExcitatoryWeight, float InhibitoryWeight)
{
    /// <summary>Neurons per unit of scale.</summary>
    public const int NeuronsPerScale = 4000;

    /// <summary>The excitatory share of the neurons.</summary>
    public const double ExcitatoryFraction = 0.8;

    /// <summary>Each neuron's number of random post-synaptic targets (2% of 4000, as in the benchmark).</summary>
    public const int TargetsPerNeuron = 80;

    /// <summary>The mean and standard deviation of the initial V, mV.</summary>
    public const double InitialMean = -55, InitialStd = 2;

    /// <summary>The names <c>--set</c> takes for the weights.</summary>
    public const string ExcitatoryWeightName = "we", InhibitoryWeightName = "wi";

    /// <summary>
    /// Conductance-based (<see cref="CobaLif.Benchmark"/>), weights 0.6 and 6.7 relative to the leak, as in
    /// brainpy/brainevent's COBA example.
    /// </summary>
    public static EiModel Coba { get; } = new EiModel<CobaLif>("coba", CobaLif.Benchmark, 0.6f, 6.7f);

    /// <summary>
    /// Current-based (<see cref="CubaLif.Benchmark"/>), jumps of +1.62 mV (= 60 * 0.27 / 10) and -9 mV
    /// (= -20 * 4.5 / 10) as in Brette et al.
    /// </summary>
    public static EiModel Cuba { get; } = new EiModel<CubaLif>("cuba", CubaLif.Benchmark, 1.62f, -9f);

    /// <summary>What <c>--set</c> can change: the model's shared parameters, then <c>we</c> and <c>wi</c>.</summary>
    public abstract IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The model called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static EiModel? Find(string name) =>
        name.Equals("coba", StringComparison.OrdinalIgnoreCase) ? Coba
        : name.Equals("cuba", StringComparison.OrdinalIgnoreCase) ? Cuba
        : null;

    /// <summary>This model with <paramref name="settings"/> applied in order (names from <see cref="ParameterNames"/>).</summary>
    public abstract EiModel With(IReadOnlyList<ParameterSetting> settings);

    /// <summary>Builds the network of <paramref name="options"/> with this model.</summary>
    public abstract EiNetwork Build(SimulationOptions options);
}

/// <summary>An <see cref="EiModel"/> of the neuron <typeparamref name="TModel"/>, whose template gives every shared value.</summary>
internal sealed record EiModel<TModel>(string Name, TModel Template, float ExcitatoryWeight, float InhibitoryWeight)
    : EiModel(Name, ExcitatoryWeight, InhibitoryWeight)
    where TModel : struct, INeuronModel<TModel>
{
    private static readonly string[] Names =
        [.. TModel.Info.Fields.Where(f => f.StateIndex < 0).Select(f => f.Name), ExcitatoryWeightName, InhibitoryWeightName];

    public override IReadOnlyList<string> ParameterNames => Names;

    public override EiModel With(IReadOnlyList<ParameterSetting> settings)
    {
        // The shared fields are the model's public float fields: set through a boxed copy of the template.
        object template = Template;
        var model = this;
        foreach (var (name, value) in settings)
        {
            switch (name)
            {
                case ExcitatoryWeightName:
                    model = model with { ExcitatoryWeight = value };
                    break;
                case InhibitoryWeightName:
                    model = model with { InhibitoryWeight = value };
                    break;
                default:
                    typeof(TModel).GetField(name, BindingFlags.Public | BindingFlags.Instance)!.SetValue(template, value);
                    break;
            }
        }

        return model with { Template = (TModel)template };
    }

    public override EiNetwork Build(SimulationOptions options) => EiNetwork.Build(options, this);
}
