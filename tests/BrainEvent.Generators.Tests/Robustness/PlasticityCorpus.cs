namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>
/// Broken and unusual <c>[PlasticityRule]</c> structs, each with the BE diagnostics it must get (none listed: the
/// generator may stay silent, as the compiler already reports the problem, or generate code that compiles).
/// </summary>
internal static class PlasticityCorpus
{
    private const string Attribute = "[PlasticityRule(tauPre: 20, tauPost: 20, aPlus: 0.01, aMinus: -0.0105)]";
    private const string OnPre = "public readonly float OnPre(float w, float postTrace) => w + postTrace;";
    private const string OnPost = "public readonly float OnPost(float w, float preTrace) => w + preTrace;";
    private const string Both = OnPre + "\n" + OnPost;

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "syntax error in OnPre", Rule("public readonly float OnPre(float w, float postTrace) => w + ;\n" + OnPost), [] },
        { "OnPost without its closing brace", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace) { return w + preTrace;"), [] },
        { "statement body cut short", Rule("public readonly float OnPre(float w, float postTrace) { if (w > 0f) return w; else }\n" + OnPost), [] },
        { "generic struct", Attribute + "\npublic partial struct R<T> { " + Both + " }\n", ["BE3002"] },
        { "nested in a generic type", "public partial class Outer<T>\n{\n" + Rule(Both) + "}\n", ["BE3002"] },
        { "nested in a class that is not partial", "public class Outer\n{\n" + Rule(Both) + "}\n", ["BE3001"] },
        { "nested two deep", "public partial class A { public partial struct B {\n" + Rule(Both) + "} }\n", [] },
        { "missing partial", Attribute + "\npublic struct R { " + Both + " }\n", ["BE3001"] },
        { "a class", Attribute + "\npublic partial class R { " + Both + " }\n", ["BE3002"] },
        { "a record class", Attribute + "\npublic partial record R(float Gain) { " + Both + " }\n", ["BE3002"] },
        { "ref struct", Attribute + "\npublic ref partial struct R { " + Both + " }\n", ["BE3002"] },
        { "readonly record struct", Attribute + "\npublic readonly partial record struct R(float Gain) { " + Both + " }\n", [] },
        { "file-local", Attribute + "\nfile partial struct R { " + Both + " }\n", ["BE3003"] },
        { "recursive helper", Rule("public readonly float OnPre(float w, float postTrace) => Decay(w + postTrace, 3);\nprivate static float Decay(float w, int n) => n == 0 ? w : Decay(w * 0.9f, n - 1);\n" + OnPost), [] },
        { "OnPre calling itself", Rule("public readonly float OnPre(float w, float postTrace) => w > 1f ? OnPre(w / 2f, postTrace) : w + postTrace;\n" + OnPost), [] },
        { "lambda in OnPost", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace) { Func<float, float> f = x => x + preTrace; return f(w); }"), [] },
        { "local function in OnPre", Rule("public readonly float OnPre(float w, float postTrace) { return Add(w); float Add(float x) => x + postTrace; }\n" + OnPost), [] },
        { "unsafe OnPre", Rule("public readonly unsafe float OnPre(float w, float postTrace) { float* p = &w; return *p + postTrace; }\n" + OnPost), [] },
        { "OnPost calling another method", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace) => Clip(w + preTrace);\nprivate readonly float Clip(float w) => Math.Min(w, WMax);\npublic float WMax;"), [] },
        { "OnPre calling a missing method", Rule("public readonly float OnPre(float w, float postTrace) => Missing(w);\n" + OnPost), [] },
        { "OnPost reading a missing member", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace) => w * Nowhere;"), [] },
        { "OnPre assigning a field", Rule("public float OnPre(float w, float postTrace) { Count++; return w + postTrace; }\npublic int Count;\n" + OnPost), [] },
        { "loop in OnPost", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace) { for (int i = 0; i < 3; i++) w += preTrace; return w; }"), [] },
        { "switch expression and throw", Rule("public readonly float OnPre(float w, float postTrace) => w switch { > 1f => 1f, float.NaN => throw new InvalidOperationException(), _ => w + postTrace };\n" + OnPost), [] },
        { "missing OnPost", Rule(OnPre), ["BE3004"] },
        { "missing both", Rule("public float WMax;"), ["BE3004"] },
        { "generic OnPre", Rule("public readonly T OnPre<T>(T w, T postTrace) => w;\n" + OnPost), ["BE3004"] },
        { "static OnPost", Rule(OnPre + "\npublic static float OnPost(float w, float preTrace) => w + preTrace;"), ["BE3004"] },
        { "ref parameter", Rule("public readonly float OnPre(ref float w, float postTrace) => w + postTrace;\n" + OnPost), ["BE3004"] },
        { "int elements", Rule("public readonly int OnPre(int w, int postTrace) => w + postTrace;\npublic readonly int OnPost(int w, int preTrace) => w + preTrace;"), ["BE3004"] },
        { "three parameters", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace, float k) => w + preTrace * k;"), ["BE3004"] },
        { "OnPre as a property", Rule("public float OnPre => 1f;\n" + OnPost), ["BE3004"] },
        { "overloaded OnPost", Rule(Both + "\npublic readonly double OnPost(double w, double preTrace) => w + preTrace;"), [] },
        { "async OnPre", Rule("public async System.Threading.Tasks.Task<float> OnPre(float w, float postTrace) => w;\n" + OnPost), ["BE3004"] },
        { "float and double", Rule(OnPre + "\npublic readonly double OnPost(double w, double preTrace) => w + preTrace;"), ["BE3005"] },
        { "zero and infinite time constants", "[PlasticityRule(tauPre: 0, tauPost: double.PositiveInfinity, aPlus: 0.01, aMinus: -0.01)]\npublic partial struct R { " + Both + " }\n", ["BE3006"] },
        { "negative time constant", "[PlasticityRule(-1, 20, 0.01, -0.01)]\npublic partial struct R { " + Both + " }\n", ["BE3006"] },
        { "NaN increment", "[PlasticityRule(20, 20, double.NaN, -0.01)]\npublic partial struct R { " + Both + " }\n", ["BE3007"] },
        { "time constant not constant", "[PlasticityRule(Tau, 20, 0.01, -0.01)]\npublic partial struct R { static double Tau = 20; " + Both + " }\n", [] },
        { "missing attribute arguments", "[PlasticityRule]\npublic partial struct R { " + Both + " }\n", [] },
        { "attribute twice", Attribute + "\n" + Attribute + "\npublic partial struct R { " + Both + " }\n", [] },
        { "a member named Traces", Rule(Both + "\npublic float Traces;"), ["BE3008"] },
        { "two partial declarations with the attribute", Rule(Both) + Attribute + "\npublic partial struct R { }\n", [] },
        { "rules named alike but for case", Rule(Both) + Rule(Both).Replace("struct R", "struct r", StringComparison.Ordinal), [] },
        { "preprocessor in the struct", Rule("#if DEBUG\n" + OnPre + "\n#else\npublic readonly float OnPre(float w, float postTrace) => w - postTrace;\n#endif\n" + OnPost), [] },
        { "unterminated string", Rule("public readonly float OnPre(float w, float postTrace) { var s = \"abc; return w; }\n" + OnPost), [] },
        { "partial methods", Rule("public readonly partial float OnPre(float w, float postTrace);\npublic readonly partial float OnPre(float w, float postTrace) => w + postTrace;\n" + OnPost), [] },
        { "stackalloc and dynamic", Rule("public readonly float OnPre(float w, float postTrace) { Span<float> s = stackalloc float[1]; s[0] = w; dynamic d = postTrace; return s[0] + (float)d; }\n" + OnPost), [] },
        { "unicode names", Rule(OnPre + "\npublic readonly float OnPost(float w, float preTrace) => w + preTrace * Größe;\npublic float Größe;"), [] },
    };

    /// <summary>A struct <c>R</c> with the valid attribute and the given members.</summary>
    private static string Rule(string members) =>
        Attribute + "\npublic partial struct R\n{\n    " + members.Replace("\n", "\n    ") + "\n}\n";
}
