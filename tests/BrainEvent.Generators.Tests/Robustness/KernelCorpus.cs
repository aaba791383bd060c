namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>
/// Broken and unusual <c>[FixedNumKernel]</c> classes, each with the BE diagnostics it must get (none listed:
/// the generator may stay silent, as the compiler already reports the problem, or generate code that compiles).
/// </summary>
internal static class KernelCorpus
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "syntax error in the transform", Kernel("private float Weight(float w) => w * ;"), [] },
        { "transform without its closing brace", Kernel("private float Weight(float w) { return w * 2f;"), [] },
        { "transform with a statement body cut short", Kernel("private float Weight(float w) { if (w > 0) return w; else }"), [] },
        { "generic class", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class K<T> { }\n", ["BE1002"] },
        { "nested in a generic type", "public partial class Outer<T>\n{\n" + Kernel("private float Weight(float w) => w;") + "}\n", ["BE1002"] },
        { "nested in a class that is not partial", "public class Outer\n{\n" + Kernel("private float Weight(float w) => w;") + "}\n", [] },
        { "nested two deep", "public partial class A { public partial struct B {\n" + Kernel("private float Weight(float w) => w;") + "} }\n", [] },
        { "missing partial", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic class K { [WeightTransform] private float Weight(float w) => w; }\n", ["BE1001"] },
        { "static class", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic static partial class K { }\n", ["BE1002"] },
        { "file-local class", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\nfile partial class K { }\n", ["BE1012"] },
        { "record", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial record K(float Gain) { [WeightTransform] private float Weight(float w) => w * Gain; }\n", [] },
        { "record struct", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial record struct K(float Gain) { [WeightTransform] private float Weight(float w) => w * Gain; }\n", [] },
        { "struct", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial struct K { [WeightTransform] private float Weight(float w) => w; }\n", [] },
        { "interface", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial interface K { }\n", [] },
        { "recursive transform", Kernel("private float Weight(float w) => w > 1f ? Weight(w / 2f) : w;"), [] },
        { "lambda in the transform", Kernel("private float Weight(float w) { Func<float, float> twice = x => x * 2f; return twice(w); }"), [] },
        { "local function", Kernel("private float Weight(float w) { return Half(w); static float Half(float x) => x / 2f; }"), [] },
        { "unsafe transform", Kernel("private unsafe float Weight(float w) { float* p = &w; return *p; }"), [] },
        { "transform calling another method", Kernel("private float Weight(float w) => Helper(w) + 1f;\nprivate float Helper(float x) => x * Gain;\npublic float Gain = 2f;"), [] },
        { "transform calling a missing method", Kernel("private float Weight(float w) => Missing(w);"), [] },
        { "transform reading a missing member", Kernel("private float Weight(float w) => w * Nowhere;"), [] },
        { "transform assigning a field", Kernel("private float Weight(float w) { Count++; return w; }\npublic int Count;"), [] },
        { "loop in the transform", Kernel("private float Weight(float w) { for (int i = 0; i < 3; i++) w *= 0.5f; return w; }"), [] },
        { "switch expression and throw", Kernel("private float Weight(float w) => w switch { > 0f => w, 0f => throw new InvalidOperationException(), _ => -w };"), [] },
        { "pattern and checked", Kernel("private float Weight(float w) => w is > 1f and < 2f ? checked((float)(int)w) : w;"), [] },
        { "generic transform", Kernel("private T Weight<T>(T w) => w;"), ["BE1008"] },
        { "ref parameter", Kernel("private float Weight(ref float w) => w;"), ["BE1008"] },
        { "wrong parameter type", Kernel("private float Weight(int w) => w;"), ["BE1008"] },
        { "wrong return type", Kernel("private double Weight(float w) => w;"), ["BE1008"] },
        { "optional parameter", Kernel("private float Weight(float w, float k = 2f) => w * k;"), [] },
        { "two transforms", Kernel("private float Weight(float w) => w;\n[WeightTransform] private float Other(float w) => w;"), ["BE1007"] },
        { "transform on a property", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class K { [WeightTransform] public float Weight => 1f; }\n", [] },
        { "int elements", "[FixedNumKernel(typeof(FixedPostNumConn<int>))]\npublic partial class K { }\n", [] },
        { "not a matrix type", "[FixedNumKernel(typeof(string))]\npublic partial class K { }\n", ["BE1003"] },
        { "open generic matrix", "[FixedNumKernel(typeof(FixedPostNumConn<>))]\npublic partial class K { }\n", [] },
        { "null type", "[FixedNumKernel(null)]\npublic partial class K { }\n", [] },
        { "missing type argument", "[FixedNumKernel]\npublic partial class K { }\n", [] },
        { "NConn zero and negative", "[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 0, -4 })]\npublic partial class K { }\n", ["BE1005"] },
        { "NConn duplicated", "[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8, 8 })]\npublic partial class K { }\n", ["BE1006"] },
        { "NConn not constant", "[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { Size })]\npublic partial class K { static int Size = 3; }\n", [] },
        { "NConn huge", "[FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { int.MaxValue })]\npublic partial class K { }\n", [] },
        { "attribute twice", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\n[FixedNumKernel(typeof(FixedPreNumConn<float>))]\npublic partial class K { }\n", [] },
        { "two partial declarations with the attribute", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class K { }\n[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class K { }\n", [] },
        { "a member named like generated code", Kernel("private float Weight(float w) => w;\npublic void ApplyTo() { }"), [] },
        { "classes named alike but for case", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class Ab { }\n[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class AB { }\n", [] },
        { "class named like the attribute", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class FixedNumKernelAttribute { }\n", [] },
        { "base class with a transform", "public class Base { [WeightTransform] protected float Weight(float w) => w; }\n[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class K : Base { }\n", ["BE1011"] },
        { "abstract class", "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic abstract partial class K { [WeightTransform] private float Weight(float w) => w; }\n", [] },
        { "dynamic in the transform", Kernel("private float Weight(float w) { dynamic d = w; return (float)d; }"), [] },
        { "stackalloc in the transform", Kernel("private float Weight(float w) { Span<float> s = stackalloc float[1]; s[0] = w; return s[0]; }"), [] },
        { "async transform", Kernel("private async System.Threading.Tasks.Task<float> Weight(float w) => w;"), ["BE1008"] },
        { "iterator transform", Kernel("private System.Collections.Generic.IEnumerable<float> Weight(float w) { yield return w; }"), ["BE1008"] },
        { "extern transform", Kernel("private extern float Weight(float w);"), [] },
        { "partial method transform", Kernel("private partial float Weight(float w);\nprivate partial float Weight(float w) => w;"), [] },
        { "static transform reading instance state", Kernel("private static float Weight(float w) => w * Gain;\npublic float Gain = 1f;"), [] },
        { "preprocessor in the class", Kernel("#if DEBUG\nprivate float Weight(float w) => w;\n#else\nprivate float Weight(float w) => -w;\n#endif"), [] },
        { "unterminated string", Kernel("private float Weight(float w) { var s = \"abc; return w; }"), [] },
        { "unicode names", Kernel("private float Weight(float w) => w * Größe;\npublic float Größe = 1f;"), [] },
    };

    /// <summary>A float kernel class whose body is <paramref name="members"/>, the first of which gets <c>[WeightTransform]</c>.</summary>
    private static string Kernel(string members) =>
        "[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class K\n{\n    [WeightTransform]\n    " + members.Replace("\n", "\n    ") + "\n}\n";
}
