using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using BrainEvent.Generators.Tests.NeuronModels;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// Each neuron model diagnostic on the syntax it is about (snapshots/NeuronModelDiagnosticTests.*): errors generate
/// nothing for the struct; the not-vectorised warning keeps it, with the per-neuron update (in the snapshot too).
/// </summary>
public sealed class NeuronModelDiagnosticTests
{
    /// <summary>A valid body for the cases about something else.</summary>
    private const string Methods = """
            public void Update(float dt) => V -= dt * V;

            public readonly bool Threshold() => V > 1f;
        """;

    [Fact]
    public void BE2001_NotPartial() => Verify($$"""
        [NeuronModel]
        internal struct Neuron
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2001_ContainingTypeNotPartial() => Verify($$"""
        internal class Network
        {
            [NeuronModel]
            internal partial struct Neuron
            {
                public float V;

            {{Methods}}
            }
        }
        """);

    [Fact]
    public void BE2002_Class() => Verify($$"""
        [NeuronModel]
        internal partial class Neuron
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2002_Generic() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron<TTag>
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2002_NestedInGeneric() => Verify($$"""
        internal partial class Network<TTag>
        {
            [NeuronModel]
            internal partial struct Neuron
            {
                public float V;

            {{Methods}}
            }
        }
        """);

    [Fact]
    public void BE2002_ReadonlyStruct() => Verify("""
        [NeuronModel]
        internal readonly partial struct Neuron
        {
            public readonly float V;

            public void Update(float dt) { }

            public bool Threshold() => V > 1f;
        }
        """);

    [Fact]
    public void BE2002_RefStruct() => Verify($$"""
        [NeuronModel]
        internal ref partial struct Neuron
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2003_FileLocal() => Verify($$"""
        [NeuronModel]
        file partial struct Neuron
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2004_StateFieldNotFloatingPoint() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            public int Count;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2004_ReadonlyStateField() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            public readonly float Rest;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2005_MixedStateFields() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            public double G;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2006_NoStateField() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            [Shared] public float V;

            public void Update(float dt) { }

            public readonly bool Threshold() => V > 1f;
        }
        """);

    [Fact]
    public void BE2007_MissingUpdate() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;

            public readonly bool Threshold() => V > 1f;
        }
        """);

    [Fact]
    public void BE2007_UpdateOfTheWrongType() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;

            public void Update(double dt) => V -= (float)dt;

            public readonly bool Threshold() => V > 1f;
        }
        """);

    [Fact]
    public void BE2007_StaticUpdate() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;

            public static void Update(float dt) { }

            public readonly bool Threshold() => V > 1f;
        }
        """);

    [Fact]
    public void BE2008_ThresholdNotBool() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;

            public void Update(float dt) => V -= dt;

            public readonly float Threshold() => V;
        }
        """);

    [Fact]
    public void BE2009_ResetWithParameter() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;

        {{Methods}}

            public void Reset(float to) => V = to;
        }
        """);

    [Fact]
    public void BE2010_SharedFieldAssigned() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            [Shared] public float Rest, Gain, Count;

            public void Update(float dt)
            {
                V += dt * (Rest - V);
                Gain *= 2f;
                Count++;
                Bump(ref Rest);
            }

            public readonly bool Threshold() => V > 1f;

            public void Reset() => (V, Rest) = (0f, 1f);

            private static void Bump(ref float x) => x += 1f;
        }
        """);

    [Fact]
    public void BE2011_UnlessRefractoryNotState() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            [Shared, UnlessRefractory] public float Rest;
            [UnlessRefractory] public static float Scale = 1f;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2012_NegativeRefractoryPeriod() => Verify($$"""
        [NeuronModel(RefractoryPeriod = -2.5)]
        internal partial struct Neuron
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2012_NaNRefractoryPeriod() => Verify($$"""
        [NeuronModel(RefractoryPeriod = double.NaN)]
        internal partial struct Neuron
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2013_MemberNamedLikeGenerated() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            public static int Info;

        {{Methods}}

            public static void ReadState() { }

            public static void Update(in Neuron shared, in NeuronStepArgs args) { }
        }
        """);

    [Fact]
    public void BE2013_StructNamedLikeGenerated() => Verify($$"""
        [NeuronModel]
        internal partial struct WriteState
        {
            public float V;

        {{Methods}}
        }
        """);

    [Fact]
    public void BE2014_CallInUpdate() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;
            [Shared] public float Tau;

            public void Update(float dt) => V = Decay(V, dt / Tau);

            public readonly bool Threshold() => V > 1f;

            private static float Decay(float v, float by) => v * (1f - by);
        }
        """);

    [Fact]
    public void BE2014_PowAndLoopInResetAndLocalInThreshold() => Verify("""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V, G;

            public void Update(float dt) => V = MathF.Pow(V, dt);

            public readonly bool Threshold()
            {
                float margin = V - 1f;
                return margin > 0f;
            }

            public void Reset()
            {
                while (V > 0f)
                {
                    V -= 1f;
                }
            }
        }
        """);

    /// <summary>The generator never throws: a failure while emitting becomes BE2015 and the struct gets no code.</summary>
    [Fact]
    public void BE2015_InternalError()
    {
        var hierarchy = new HierarchyInfo("Demo", new[] { new TypeDeclarationInfo("struct", "Broken") }.ToEquatableArray());
        var kernel = new NeuronKernelInfo(
            new NeuronStatement[] { new AssignmentStatement(new StateFieldExpression(0), new UnknownExpression()) }.ToEquatableArray(),
            new BooleanLiteralExpression(true),
            EquatableArray<NeuronStatement>.Empty,
            EquatableArray<ModelParameter>.Empty,
            EquatableArray<string>.Empty);
        var info = new NeuronModelInfo(hierarchy, ElementKind.Float, 0, new[] { new NeuronFieldInfo("V", 0, false) }.ToEquatableArray(), HasReset: false, kernel);

        var (source, failure) = NeuronModelGenerator.TryEmit(info);

        Assert.Null(source);
        Assert.Equal(
            "BE2015 Error at no location\n    The BrainEvent neuron model generator failed on 'Broken' and generated nothing for it: InvalidOperationException: Unexpected UnknownExpression { }.\n",
            Snapshot.Describe([failure!]));
    }

    [Fact]
    public void BE2016_AutoProperty() => Verify($$"""
        [NeuronModel]
        internal partial struct Neuron
        {
            public float V;

            public float Gain { get; set; }

        {{Methods}}
        }
        """);

    private static void Verify(string source, [System.Runtime.CompilerServices.CallerMemberName] string caseName = "") =>
        Snapshot.Verify<NeuronModelDiagnosticTests>(
            SnapshotCase.Generate(NeuronModelSources.Usings + "namespace Demo;\n\n" + source, new NeuronModelGenerator()),
            caseName);

    /// <summary>A node no emitter knows.</summary>
    private sealed record UnknownExpression : ValueExpression;
}
