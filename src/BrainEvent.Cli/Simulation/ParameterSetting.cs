using System.Globalization;

namespace BrainEvent.Cli.Simulation;

/// <summary>One <c>--set NAME=VALUE</c>: a shared parameter of the model, or a weight, and its new value.</summary>
internal readonly record struct ParameterSetting(string Name, float Value)
{
    /// <summary>Reads <c>NAME=VALUE</c>, VALUE a finite number in the invariant culture.</summary>
    /// <exception cref="ArgumentException">Not of that form.</exception>
    public static ParameterSetting Parse(string text)
    {
        int separator = text.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0
            || !float.TryParse(text.AsSpan(separator + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float value)
            || !float.IsFinite(value))
        {
            throw new ArgumentException($"--set must be NAME=VALUE with a finite number as VALUE, e.g. --set we=0.6; got '{text}'.", nameof(text));
        }

        return new ParameterSetting(text[..separator], value);
    }
}
