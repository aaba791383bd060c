namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>
/// Broken and unusual <c>[NeuronModel]</c> structs, each with the BE diagnostics it must get (none listed: the
/// generator may stay silent, as the compiler already reports the problem, or generate code that compiles).
/// </summary>
internal static class NeuronCorpus
{
    private const string Threshold = "public readonly bool Threshold() => V >= 1f;";
    private const string Update = "public void Update(float dt) { V += dt * (I - V); }";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "syntax error in Update", Model("public void Update(float dt) { V += dt * ; }", Threshold), [] },
        { "Update without its closing brace", Model("public void Update(float dt) { V += dt;", Threshold), [] },
        { "syntax error in Threshold", Model(Update, "public readonly bool Threshold() => V >= ;"), [] },
        { "generic struct", "[NeuronModel]\npublic partial struct N<T> { public float V; public void Update(float dt) { } public readonly bool Threshold() => V > 0f; }\n", ["BE2002"] },
        { "nested in a generic type", "public partial class Outer<T>\n{\n" + Model(Update, Threshold) + "}\n", ["BE2002"] },
        { "nested in a class that is not partial", "public class Outer\n{\n" + Model(Update, Threshold) + "}\n", [] },
        { "nested two deep", "public partial class A { public partial struct B {\n" + Model(Update, Threshold) + "} }\n", [] },
        { "missing partial", "[NeuronModel]\npublic struct N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", ["BE2001"] },
        { "a class", "[NeuronModel]\npublic partial class N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", ["BE2002"] },
        { "readonly struct", "[NeuronModel]\npublic readonly partial struct N { public readonly float V; public void Update(float dt) { } public bool Threshold() => V > 0f; }\n", ["BE2002"] },
        { "ref struct", "[NeuronModel]\npublic ref partial struct N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", ["BE2002"] },
        { "record struct", "[NeuronModel]\npublic partial record struct N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", [] },
        { "file-local", "[NeuronModel]\nfile partial struct N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", ["BE2003"] },
        { "recursive helper", Model("public void Update(float dt) { V = Decay(V, 3); }\nprivate static float Decay(float v, int n) => n == 0 ? v : Decay(v * 0.9f, n - 1);", Threshold), [] },
        { "Update calling itself", Model("public void Update(float dt) { if (dt > 1f) { Update(dt / 2f); Update(dt / 2f); return; } V += dt; }", Threshold), [] },
        { "lambda in Update", Model("public void Update(float dt) { Func<float, float> f = x => x * dt; V = f(V); }", Threshold), [] },
        { "local function in Update", Model("public void Update(float dt) { V = Step(V); float Step(float x) => x + dt; }", Threshold), [] },
        { "unsafe Update", Model("public unsafe void Update(float dt) { fixed (float* p = &V) { *p += dt; } }", Threshold), [] },
        { "Update calling another method", Model("public void Update(float dt) { V = Next(dt); }\nprivate readonly float Next(float dt) => V + dt * (I - V);", Threshold), [] },
        { "Update calling a missing method", Model("public void Update(float dt) { V = Missing(dt); }", Threshold), [] },
        { "Update reading a missing member", Model("public void Update(float dt) { V += Nowhere; }", Threshold), [] },
        { "loop in Update", Model("public void Update(float dt) { for (int i = 0; i < 2; i++) V += dt; }", Threshold), ["BE2014"] },
        { "switch, patterns and throw", Model("public void Update(float dt) { V = V switch { > 5f => 5f, float.NaN => throw new InvalidOperationException(), _ => V + dt }; }", Threshold), [] },
        { "tuple deconstruction", Model("public void Update(float dt) { (V, I2) = (I2, V + dt); }\npublic float I2;", Threshold), [] },
        { "ref local", Model("public void Update(float dt) { ref float v = ref V; v += dt; }", Threshold), [] },
        { "out variable", Model("public void Update(float dt) { Add(dt, out var d); V += d; }\nprivate static void Add(float a, out float b) => b = a;", Threshold), [] },
        { "no state", "[NeuronModel]\npublic partial struct N { [Shared] public float I; public void Update(float dt) { } public readonly bool Threshold() => I > 0f; }\n", ["BE2006"] },
        { "int state", "[NeuronModel]\npublic partial struct N { public int V; public void Update(float dt) { } public readonly bool Threshold() => V > 0; }\n", ["BE2004"] },
        { "mixed float and double", "[NeuronModel]\npublic partial struct N { public float V; public double U; public void Update(float dt) { } public readonly bool Threshold() => V > 0f; }\n", ["BE2005"] },
        { "missing Update", Model("", Threshold), ["BE2007"] },
        { "Update with a wrong parameter", Model("public void Update(int steps) { V += steps; }", Threshold), ["BE2007"] },
        { "generic Update", Model("public void Update<T>(float dt) { V += dt; }", Threshold), ["BE2007"] },
        { "missing Threshold", Model(Update, ""), ["BE2008"] },
        { "Threshold returning float", Model(Update, "public readonly float Threshold() => V;"), ["BE2008"] },
        { "Reset with a parameter", Model(Update, Threshold + "\npublic void Reset(float to) { V = to; }"), ["BE2009"] },
        { "shared field assigned", Model("public void Update(float dt) { I = V; }", Threshold), ["BE2010"] },
        { "UnlessRefractory on a shared field", "[NeuronModel]\npublic partial struct N { public float V; [Shared, UnlessRefractory] public float I; " + Update + " " + Threshold + " }\n", ["BE2011"] },
        { "negative refractory period", "[NeuronModel(RefractoryPeriod = -1)]\npublic partial struct N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", ["BE2012"] },
        { "NaN refractory period", "[NeuronModel(RefractoryPeriod = double.NaN)]\npublic partial struct N { public float V; [Shared] public float I; " + Update + " " + Threshold + " }\n", ["BE2012"] },
        { "a member named like generated code", Model(Update, Threshold + "\npublic static int Info => 0;"), ["BE2013"] },
        { "auto-property", Model(Update, Threshold + "\npublic float P { get; set; }"), ["BE2016"] },
        { "readonly state field", "[NeuronModel]\npublic partial struct N { public readonly float V; [Shared] public float I; public void Update(float dt) { } " + Threshold + " }\n", ["BE2004"] },
        { "static and const fields", Model(Update, Threshold + "\npublic static float Global;\npublic const float Limit = 3f;"), [] },
        { "nested type inside", Model(Update, Threshold + "\npublic struct Inner { public float X; }\npublic Inner Extra;"), [] },
        { "event and indexer", Model(Update, Threshold + "\npublic event Action? Spiked;\npublic float this[int i] => V;"), [] },
        { "dynamic in Update", Model("public void Update(float dt) { dynamic d = dt; V += (float)d; }", Threshold), [] },
        { "stackalloc in Update", Model("public void Update(float dt) { Span<float> s = stackalloc float[1]; s[0] = dt; V += s[0]; }", Threshold), [] },
        { "partial Update", Model("public partial void Update(float dt);\npublic partial void Update(float dt) { V += dt; }", Threshold), [] },
        { "two partial declarations with the attribute", Model(Update, Threshold) + "[NeuronModel]\npublic partial struct N { }\n", [] },
        { "models named alike but for case", Model(Update, Threshold) + Model(Update, Threshold).Replace("struct N", "struct n"), [] },
        { "preprocessor in the struct", Model("#if DEBUG\npublic void Update(float dt) { V += dt; }\n#else\npublic void Update(float dt) { V -= dt; }\n#endif", Threshold), [] },
        { "unterminated string", Model("public void Update(float dt) { var s = \"abc; V += dt; }", Threshold), [] },
        { "goto in Update", Model("public void Update(float dt) { again: V += dt; if (V < 0f) goto again; }", Threshold), [] },
    };

    /// <summary>A float model with state <c>V</c>, shared <c>I</c> and the given members.</summary>
    private static string Model(string update, string threshold) =>
        "[NeuronModel]\npublic partial struct N\n{\n    public float V;\n    [Shared] public float I;\n    " + update.Replace("\n", "\n    ") + "\n    " + threshold + "\n}\n";
}
