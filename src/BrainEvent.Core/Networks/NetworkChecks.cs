namespace BrainEvent.Networks;

/// <summary>The argument checks of the network API: each throws an <see cref="ArgumentException"/> naming the argument, before anything changes.</summary>
internal static class NetworkChecks
{
    /// <summary>How far from a whole number of steps a time may be and still count as one (rounding of decimal ms).</summary>
    private const double StepTolerance = 1e-6;

    /// <summary>The state index of field <paramref name="name"/>, which must exist and not be shared.</summary>
    public static int StateField(NeuronModelInfo model, string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        var field = model.Find(name);
        if (field is null)
        {
            throw new ArgumentException(
                $"{paramName} must name a state field of {model.Name} ({StateFieldNames(model)}); got \"{name}\".", paramName);
        }

        if (field.IsShared)
        {
            throw new ArgumentException(
                $"{paramName} must name a per-neuron state field of {model.Name} ({StateFieldNames(model)}); \"{name}\" is [Shared], one value for the population.",
                paramName);
        }

        return field.StateIndex;
    }

    /// <summary><paramref name="ms"/> as a whole number of steps of <paramref name="dt"/>, from 0 to <paramref name="max"/>.</summary>
    public static int WholeSteps(double ms, double dt, int max, string paramName)
    {
        double steps = ms / dt;
        double whole = Math.Round(steps);
        if (!(ms >= 0) || double.IsInfinity(ms) || Math.Abs(steps - whole) > StepTolerance || whole > max)
        {
            throw new ArgumentException(
                $"{paramName} must be a whole number of time steps (Dt = {dt} ms) from 0 to {max} steps; got {ms} ms = {steps} steps.", paramName);
        }

        return (int)whole;
    }

    /// <summary>Checks that <paramref name="view"/> is a view of a population of <paramref name="network"/>.</summary>
    public static void OwnView(PopulationView view, Network network, string paramName)
    {
        ArgumentNullException.ThrowIfNull(view, paramName);
        if (view.Runtime.Owner != network)
        {
            throw new ArgumentException($"{paramName} must be a view of a population of this network; {view} belongs to another.", paramName);
        }
    }

    private static string StateFieldNames(NeuronModelInfo model) =>
        string.Join(", ", model.Fields.Where(f => !f.IsShared).Select(f => f.Name));
}
