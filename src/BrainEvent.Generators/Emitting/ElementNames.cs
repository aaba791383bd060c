using System.Globalization;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

/// <summary>The element type's spellings in generated code: its keyword, its vector, its spans and its literals.</summary>
internal sealed class ElementNames
{
    private ElementNames(ElementKind kind)
    {
        Kind = kind;
        T = kind == ElementKind.Float ? "float" : "double";
    }

    public static ElementNames Float { get; } = new(ElementKind.Float);

    public static ElementNames Double { get; } = new(ElementKind.Double);

    public ElementKind Kind { get; }

    /// <summary>The keyword: <c>float</c> or <c>double</c>.</summary>
    public string T { get; }

    public string V256 => Names.Vector256 + "<" + T + ">";

    public string Span => Names.Span + "<" + T + ">";

    public string ReadOnlySpan => Names.ReadOnlySpan + "<" + T + ">";

    public static ElementNames For(ElementKind kind) => kind == ElementKind.Float ? Float : Double;

    public string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A round-trip literal: "R" formatting (checked by parsing back, since older frameworks' "R" can lose
    /// a bit) with the type's suffix; NaN and infinities by name.
    /// </summary>
    public string Literal(double value)
    {
        if (Kind == ElementKind.Float)
        {
            float single = (float)value;
            if (float.IsNaN(single))
            {
                return "float.NaN";
            }

            if (float.IsInfinity(single))
            {
                return single > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
            }

            string text = single.ToString("R", CultureInfo.InvariantCulture);
            if (float.Parse(text, CultureInfo.InvariantCulture) != single)
            {
                text = single.ToString("G9", CultureInfo.InvariantCulture);
            }

            return text + "f";
        }

        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        string digits = value.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(digits, CultureInfo.InvariantCulture) != value)
        {
            digits = value.ToString("G17", CultureInfo.InvariantCulture);
        }

        return digits + "d";
    }
}
