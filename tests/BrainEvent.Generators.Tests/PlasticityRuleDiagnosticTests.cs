using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using BrainEvent.Generators.Tests.PlasticityRules;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// Each plasticity rule diagnostic on the syntax it is about (snapshots/PlasticityRuleDiagnosticTests.*): every one
/// is an error, and the struct then gets no generated code (a snapshot would show it).
/// </summary>
public sealed class PlasticityRuleDiagnosticTests
{
    private const string Attribute = "[PlasticityRule(tauPre: 20, tauPost: 20, aPlus: 0.01, aMinus: -0.0105)]";

    /// <summary>Valid updates for the cases about something else.</summary>
    private const string Methods = """
            public float OnPre(float w, float postTrace) => w + postTrace;

            public float OnPost(float w, float preTrace) => w + preTrace;
        """;

    [Fact]
    public void BE3001_NotPartial() => Verify($$"""
        {{Attribute}}
        internal struct Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3001_ContainingTypeNotPartial() => Verify($$"""
        internal class Rules
        {
            {{Attribute}}
            internal partial struct Rule
            {
            {{Methods}}
            }
        }
        """);

    [Fact]
    public void BE3002_Class() => Verify($$"""
        {{Attribute}}
        internal partial class Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3002_RefStruct() => Verify($$"""
        {{Attribute}}
        internal ref partial struct Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3002_Generic() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule<TTag>
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3002_NestedInGeneric() => Verify($$"""
        internal partial class Rules<TTag>
        {
            {{Attribute}}
            internal partial struct Rule
            {
            {{Methods}}
            }
        }
        """);

    [Fact]
    public void BE3003_FileLocal() => Verify($$"""
        {{Attribute}}
        file partial struct Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3004_MissingOnPost() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            public float OnPre(float w, float postTrace) => w + postTrace;
        }
        """);

    [Fact]
    public void BE3004_WrongSignatures() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            public float OnPre(float w, double postTrace) => w + (float)postTrace;

            public static float OnPost(float w, float preTrace) => w + preTrace;
        }
        """);

    [Fact]
    public void BE3004_PrivateRefAndOverloaded() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            private float OnPre(float w, float postTrace) => w + postTrace;

            public float OnPost(float w, float preTrace) => w + preTrace;

            public float OnPost(float w, ref float preTrace) => w + preTrace;
        }
        """);

    [Fact]
    public void BE3004_IntAndByRef() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            public int OnPre(int w, int postTrace) => w + postTrace;

            public float OnPost(in float w, float preTrace) => w + preTrace;
        }
        """);

    [Fact]
    public void BE3004_FieldAndThreeParameters() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            public float OnPre;

            public float OnPost(float w, float preTrace, float scale) => w + preTrace * scale;
        }
        """);

    [Fact]
    public void BE3005_MixedElements() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            public float OnPre(float w, float postTrace) => w + postTrace;

            public double OnPost(double w, double preTrace) => w + preTrace;
        }
        """);

    [Fact]
    public void BE3006_BadTimeConstants() => Verify($$"""
        [PlasticityRule(tauPre: 0, tauPost: double.PositiveInfinity, aPlus: 0.01, aMinus: -0.0105)]
        internal partial struct Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3006_NaNTimeConstantPositional() => Verify($$"""
        [PlasticityRule(20, double.NaN, 0.01, -0.0105)]
        internal partial struct Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3007_BadIncrements() => Verify($$"""
        [PlasticityRule(20, 20, aMinus: double.NegativeInfinity, aPlus: double.NaN)]
        internal partial struct Rule
        {
        {{Methods}}
        }
        """);

    [Fact]
    public void BE3008_MemberNamedTraces() => Verify($$"""
        {{Attribute}}
        internal partial struct Rule
        {
            public float Traces;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE3008_StructNamedTraces() => Verify($$"""
        {{Attribute}}
        internal partial struct Traces
        {
        {{Methods}}
        }
        """);

    /// <summary>The generator never throws: a failure while emitting becomes BE3009 and the struct gets no code.</summary>
    [Fact]
    public void BE3009_InternalError()
    {
        var hierarchy = new HierarchyInfo("Demo", new[] { new TypeDeclarationInfo("struct", "Broken") }.ToEquatableArray());
        var info = new PlasticityRuleInfo(hierarchy, (ElementKind)7, 20, 20, 0.01, -0.0105);

        var (source, failure) = PlasticityRuleGenerator.TryEmit(info);

        Assert.Null(source);
        Assert.Equal(
            "BE3009 Error at no location\n    The BrainEvent plasticity rule generator failed on 'Broken' and generated nothing for it: InvalidOperationException: Unexpected element kind 7.\n",
            Snapshot.Describe([failure!]));
    }

    private static void Verify(string source, [System.Runtime.CompilerServices.CallerMemberName] string caseName = "") =>
        Snapshot.Verify<PlasticityRuleDiagnosticTests>(
            SnapshotCase.Generate(PlasticityRuleSources.Usings + "namespace Demo;\n\n" + source, new PlasticityRuleGenerator()),
            caseName);
}
