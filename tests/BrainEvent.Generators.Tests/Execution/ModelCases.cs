using System.Text;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// One model class of the execution tests: its element type, matrix class, declared NConn values, members
/// (the transform and the fields it reads), the NConn values the tests run (declared and not), and the
/// transform as a C# lambda for <c>Apply</c>/<c>Apply2</c> (<see cref="Lambda"/>).
/// </summary>
public sealed record ModelCase(string Name, string Element, string Matrix, int[] Declared, string Members, int[] Tested)
{
    /// <summary>
    /// The transform's body as a lambda over <c>w</c> (and <c>g</c>), for the runtime-compiled chain the model's
    /// products must equal bit for bit; null when the body calls <c>Exp</c> or <c>Log</c>, whose vector forms may
    /// differ from the scalar ones by an ulp. Without a transform the chain is the matrix itself.
    /// </summary>
    public string? Lambda { get; init; }

    public bool IsFloat => Element == "float";

    public bool HasPerSynapse => Members.Contains("[PerSynapse]", StringComparison.Ordinal);

    public bool HasTransform => Members.Contains("[WeightTransform]", StringComparison.Ordinal);

    /// <summary>Classes whose transform has no vector form: the generator warns (BE1009) and falls back.</summary>
    public bool FallsBack => Name.Contains("Fallback", StringComparison.Ordinal);

    public string Source()
    {
        string declared = string.Join(", ", Declared);
        string matrixType = $"{Matrix}<{Element}>";
        string g = HasPerSynapse ? "g, " : string.Empty;
        string transform = !HasTransform ? "w" : HasPerSynapse ? "Weight(w, g)" : "Weight(w)";
        string interfaceName = $"global::BrainEvent.Generators.Tests.Execution.IKernelModel<{Element}>";
        string products = $"global::BrainEvent.Generators.Tests.Execution.IFusedProducts<{Element}>";
        var text = new StringBuilder();
        text.AppendLine($"[FixedNumKernel(typeof({matrixType}), NConn = new int[] {{ {declared} }})]");
        text.AppendLine($"internal partial class {Name} : {interfaceName}");
        text.AppendLine("{");
        text.AppendLine(Members);
        text.AppendLine($"    string {products}.Name => \"generated\";");
        text.AppendLine($"    bool {products}.HasPerSynapse => {(HasPerSynapse ? "true" : "false")};");
        text.AppendLine($"    {Element} {interfaceName}.Transform({Element} w, {Element} g) => {transform};");
        text.AppendLine($"    FixedNumConn<{Element}>? {interfaceName}.Chain(FixedNumConn<{Element}> w, {Element}[] g) => {ChainExpression(matrixType)};");
        foreach (var (method, operand) in Forms(Element))
        {
            string result = method is "MatMat" or "LeftMatMat" ? Element + "[,]" : "Span<" + Element + ">";
            text.AppendLine(
                $"    void {products}.{method}(FixedNumConn<{Element}> w, ReadOnlySpan<{Element}> g, {operand} input, {result} result) => {method}(({matrixType})w, {g}input, result);");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>The lazy chain of the lambda on <c>w</c> (with <c>g</c> as a matrix of w's structure for a per-synapse one).</summary>
    private string ChainExpression(string matrixType) => (HasTransform, Lambda) switch
    {
        (false, _) => "w",
        (_, null) => "null",
        _ when HasPerSynapse => $"(({matrixType})w).Apply2((({matrixType})w).WithData(g), {Lambda})",
        _ => $"(({matrixType})w).Apply({Lambda})",
    };

    private static IEnumerable<(string Method, string Operand)> Forms(string element)
    {
        foreach (var method in new[] { "MatVec", "VecMat" })
        {
            yield return (method, $"ReadOnlySpan<{element}>");
            yield return (method, "ReadOnlySpan<bool>");
            yield return (method, "BitSpikes");
        }

        foreach (var method in new[] { "MatMat", "LeftMatMat" })
        {
            yield return (method, $"{element}[,]");
            yield return (method, "bool[,]");
        }
    }

    public override string ToString() => Name;
}

/// <summary>The models of the execution tests: every element type, matrix class and transform kind.</summary>
public static class ModelCases
{
    private const string GainMin = """
            public float Gain { get; init; } = 1.5f;

            [WeightTransform]
            private float Weight(float w) => MathF.Min(w * Gain, 1f);
        """;

    private const string GainMinLambda = "w => MathF.Min(w * Gain, 1f)";

    private const string EveryConstructDouble = """
            public double Gain { get; set; } = 1.5;
            private static double Floor = 0.25;
            private const double Ceiling = 4.0;
            public int Count = 3;

            [WeightTransform]
            private double Weight(double w) =>
                (w > 0.0 && !(w >= Ceiling)) || (w == -0.5 && w != 1.0) || w < -3.0 || w <= -10.0
                    ? Math.Min(Math.Sqrt(Math.Abs(w)) * Gain + Math.Exp(-w), Ceiling)
                    : Math.Max(Math.FusedMultiplyAdd(w, -2.0, Floor), Math.Log(Math.Abs(w) + 1.0) / Count) - (+w);
        """;

    private const string EveryConstructFloat = """
            public float Gain { get; set; } = 1.5f;
            private static float Floor = 0.25f;
            private const float Ceiling = 4f;
            public int Count = 3;

            [WeightTransform]
            private float Weight(float w)
            {
                return (w > 0f && !(w >= Ceiling)) || (w == -0.5f && w != 1f) || w < -3f || w <= -10f
                    ? MathF.Min(MathF.Sqrt(MathF.Abs(w)) * Gain + MathF.Exp(-w), Ceiling)
                    : MathF.Max(MathF.FusedMultiplyAdd(w, -2f, Floor), MathF.Log(MathF.Abs(w) + 1f) / Count) - (+w);
            }
        """;

    public static IReadOnlyList<ModelCase> All { get; } =
    [
        new("PostFloatGain", "float", "FixedPostNumConn", [8, 20, 80], GainMin, [8, 20, 80, 5]) { Lambda = GainMinLambda },
        new("PreFloatGain", "float", "FixedPreNumConn", [8, 20], GainMin, [8, 20, 13]) { Lambda = GainMinLambda },
        new("PostDoubleEvery", "double", "FixedPostNumConn", [4, 6], EveryConstructDouble, [4, 6, 9]),
        new("PreDoubleEvery", "double", "FixedPreNumConn", [6], EveryConstructDouble, [6, 3]),
        new("PostFloatEvery", "float", "FixedPostNumConn", [12], EveryConstructFloat, [12, 7]),
        new("PreFloatEvery", "float", "FixedPreNumConn", [16], EveryConstructFloat, [16, 9]),
        new("PostFloatPerSynapse", "float", "FixedPostNumConn", [8, 13], """
                public float Offset { get; init; } = 0.125f;

                [WeightTransform]
                private float Weight(float w, [PerSynapse] float g) => w * g + Offset;
            """, [8, 13, 3]) { Lambda = "(w, g) => w * g + Offset" },
        new("PreDoublePerSynapse", "double", "FixedPreNumConn", [4, 7], """
                public static double Scale => 0.75;

                [WeightTransform]
                private double Weight(double w, [PerSynapse] double g) => Math.Max(w, g) * Scale;
            """, [4, 7, 10]) { Lambda = "(w, g) => Math.Max(w, g) * Scale" },
        new("PostFloatIdentity", "float", "FixedPostNumConn", [], string.Empty, [8, 3]),
        new("PreDoubleIdentity", "double", "FixedPreNumConn", [5], string.Empty, [5, 2]),
        new("PreFloatFallback", "float", "FixedPreNumConn", [8], """
                public float Gain { get; init; } = 0.5f;

                [WeightTransform]
                private float Weight(float w) => MathF.Tanh(w) * Gain;
            """, [8, 5]) { Lambda = "w => MathF.Tanh(w) * Gain" },
        new("PostDoubleFallbackPerSynapse", "double", "FixedPostNumConn", [4], """
                [WeightTransform]
                private static double Weight(double w, [PerSynapse] double g) => Math.Pow(Math.Abs(w), g);
            """, [4, 6]) { Lambda = "(w, g) => Math.Pow(Math.Abs(w), g)" },
        new("PostFloatOne", "float", "FixedPostNumConn", [1], """
                [WeightTransform]
                private float Weight(float w) => w * 2f;
            """, [1, 2]) { Lambda = "w => w * 2f" },
        new("PreFloatThousand", "float", "FixedPreNumConn", [1000], """
                [WeightTransform]
                private float Weight(float w) => -w;
            """, [1000]) { Lambda = "w => -w" },
        new("PostDoubleThousand", "double", "FixedPostNumConn", [1000, 3], """
                public double Scale = 0.5;

                [WeightTransform]
                private double Weight(double w) => w * Scale;
            """, [1000, 3]) { Lambda = "w => w * Scale" },
    ];

    public static ModelCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>All models in one source file: one compilation serves every execution test.</summary>
    public static string Source() =>
        "using System;\nusing BrainEvent;\n\nnamespace ExecutionModels;\n\n" + string.Join("\n", All.Select(c => c.Source()));
}
