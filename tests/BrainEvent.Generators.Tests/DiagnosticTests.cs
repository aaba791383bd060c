using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// Each diagnostic on the syntax it is about (snapshots/DiagnosticTests.*.verified.txt): errors generate
/// nothing for the class; warnings keep the class's kernels (their code is in the snapshot too).
/// </summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void BE1001_ClassNotPartial() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal class Synapse
        {
        }
        """));

    [Fact]
    public void BE1001_ContainingTypeNotPartial() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        internal class Network
        {
            [FixedNumKernel(typeof(FixedPostNumConn<float>))]
            internal partial class Synapse
            {
            }
        }
        """));

    [Fact]
    public void BE1002_GenericClass() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse<TTag>
        {
        }
        """));

    [Fact]
    public void BE1002_StaticClass() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal static partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1003_UnsupportedMatrixType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedNumConn<float>))]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1003_NullMatrixType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(null)]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1003_ArrayType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(string[]))]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1003_ArrayOfMatrixType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>[]))]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1004_UnsupportedElementType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<Half>))]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1005_NConnNotPositive() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8, 0, -3 })]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1006_DuplicateNConn() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 2, 2 })]
        internal partial class Synapse
        {
        }
        """));

    [Fact]
    public void BE1007_SeveralTransforms() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse
        {
            [WeightTransform]
            private float Weight(float w) => w;

            [WeightTransform]
            private float Other(float w) => -w;
        }
        """));

    [Fact]
    public void BE1008_WrongReturnType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse
        {
            [WeightTransform]
            private double Weight(float w) => w;
        }
        """));

    [Fact]
    public void BE1008_SecondParameterWithoutPerSynapse() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPreNumConn<double>))]
        internal partial class Synapse
        {
            [WeightTransform]
            private double Weight(double w, double g) => w * g;
        }
        """));

    [Fact]
    public void BE1009_CallWithoutVectorForm() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPreNumConn<float>), NConn = new[] { 8 })]
        internal partial class Synapse
        {
            public float Gain { get; init; } = 0.5f;

            [WeightTransform]
            private float Weight(float w) => MathF.Tanh(w) * Gain;
        }
        """));

    [Fact]
    public void BE1009_StatementBody() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<double>), NConn = new[] { 4 })]
        internal partial class Synapse
        {
            [WeightTransform]
            private double Weight(double w, [PerSynapse] double g)
            {
                double scaled = w * g;
                return scaled;
            }
        }
        """));

    /// <summary>The generator never throws: a failure while emitting becomes BE1010 and the class gets no code.</summary>
    [Fact]
    public void BE1010_InternalError()
    {
        var hierarchy = new HierarchyInfo("Demo", new[] { new TypeDeclarationInfo("class", "Broken") }.ToEquatableArray());
        var transform = new TransformInfo("Weight", IsStatic: false, HasPerSynapse: false, new UnknownExpression(), EquatableArray<ModelParameter>.Empty);
        var info = new KernelClassInfo(hierarchy, MatrixKind.FixedPost, ElementKind.Float, EquatableArray<int>.Empty, transform);

        var (source, failure) = FixedNumKernelGenerator.TryEmit(info);

        Assert.Null(source);
        var snapshot = Snapshot.Describe([failure!]);
        Assert.Equal(
            "BE1010 Error at no location\n    The BrainEvent kernel generator failed on 'Broken' and generated nothing for it: InvalidOperationException: Unexpected UnknownExpression { }.\n",
            snapshot);
    }

    /// <summary>A transform the kernel class only inherits would be ignored, so it is an error, not weights as stored.</summary>
    [Fact]
    public void BE1011_InheritedTransform() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        internal class SynapseBase
        {
            [WeightTransform]
            protected float Weight(float w) => 2f * w;
        }

        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse : SynapseBase
        {
        }
        """));

    /// <summary>
    /// Generated code is in a file of its own, where the class's name means another (new) type: the
    /// kernels would not reach the user's class and would not compile against its members.
    /// </summary>
    [Fact]
    public void BE1012_FileLocalClass() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        file partial class Synapse
        {
            public float Gain { get; init; } = 2f;

            [WeightTransform]
            private float Weight(float w) => w * Gain;
        }
        """));

    [Fact]
    public void BE1012_NestedInFileLocalType() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        file partial class Network
        {
            [FixedNumKernel(typeof(FixedPostNumConn<float>))]
            internal partial class Synapse
            {
                public float Gain { get; init; } = 2f;

                [WeightTransform]
                private float Weight(float w) => w * Gain;
            }
        }
        """));

    [Fact]
    public void BE1013_FieldNamedLikeProduct() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse
        {
            public int VecMat;
        }
        """));

    /// <summary>Any method of a generated name is reported, whatever its parameters; this one has a product's.</summary>
    [Fact]
    public void BE1013_MethodNamedLikeProduct() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse
        {
            public void MatVec(FixedPostNumConn<float> w, ReadOnlySpan<float> v, Span<float> result) => w.MatVec(v, result);
        }
        """));

    [Fact]
    public void BE1013_NestedTypeNamedLikeKernels() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class Synapse
        {
            private static class BrainEventKernels
            {
            }
        }
        """));

    [Fact]
    public void BE1013_ClassNamedLikeProduct() => Snapshot.Verify<DiagnosticTests>(SnapshotCase.Generate("""
        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class MatMat
        {
        }
        """));

    /// <summary>An expression node the emitter does not know, to make it fail.</summary>
    private sealed record UnknownExpression : ValueExpression;
}
