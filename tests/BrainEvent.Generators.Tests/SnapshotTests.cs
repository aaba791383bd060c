using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The generated code, reviewed as snapshots (snapshots/SnapshotTests.*): float and double, both matrix
/// classes, NConn lists {1}, {8}, {80} and {1000}, every supported construct, a per-synapse transform, no
/// transform, nesting, names that are keywords. Each also checks that the generated code compiles without
/// a warning.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void IssueExample_FloatFixedPost() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        /// <summary>An excitatory synapse model.</summary>
        [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 80, 100 })]
        public partial class ExcitatorySynapse
        {
            /// <summary>Scales every weight.</summary>
            public float Gain { get; init; } = 1f;

            [WeightTransform]
            private float Weight(float w) => MathF.Min(w * Gain, 1f);
        }
        """));

    [Fact]
    public void NConn1_FloatFixedPost() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 1 })]
        internal partial class Doubling
        {
            [WeightTransform]
            private float Weight(float w) => w * 2f;
        }
        """));

    [Fact]
    public void NConn8_DoubleFixedPre() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPreNumConn<double>), NConn = new[] { 8 })]
        internal partial class Rectifier
        {
            [WeightTransform]
            private double Weight(double w) => Math.Abs(w);
        }
        """));

    [Fact]
    public void NConn80_FloatFixedPre() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPreNumConn<float>), NConn = [80])]
        internal partial class Inhibitory
        {
            private static float Strength = 0.5f;

            [WeightTransform]
            private float Weight(float w) => -w * Strength;
        }
        """));

    [Fact]
    public void NConn1000_DoubleFixedPost() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPostNumConn<double>), NConn = new int[] { 1000 })]
        internal partial class Dense
        {
            public double Scale = 0.5;

            [WeightTransform]
            private double Weight(double w) => w * Scale;
        }
        """));

    [Fact]
    public void EveryConstruct_DoubleFixedPost() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPostNumConn<double>), NConn = new[] { 6 })]
        internal partial class EveryConstruct
        {
            public double Gain { get; set; } = 1.5;
            private static double Floor = 0.25;
            private const double Ceiling = 4.0;
            public int Count = 3;

            [WeightTransform]
            private double Weight(double w) =>
                (w > 0.0 && !(w >= Ceiling)) || (w == -0.5 && w != 1.0) || w < -3.0 || w <= -10.0
                    ? Math.Min(Math.Sqrt(Math.Abs(w)) * Gain + Math.Exp(-w), Ceiling)
                    : Math.Max(Math.FusedMultiplyAdd(w, -2.0, Floor), Math.Log(Math.Abs(w) + 1.0) / Count) - (+w);
        }
        """));

    [Fact]
    public void PerSynapse_FloatFixedPre() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPreNumConn<float>), NConn = new[] { 8, 13 })]
        internal partial class Facilitated
        {
            public float Offset { get; init; } = 0.125f;

            [WeightTransform]
            private float Weight(float w, [PerSynapse] float g) => w * g + Offset;
        }
        """));

    [Fact]
    public void NoTransform_FloatFixedPost() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace Demo;

        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        internal partial class AsStored
        {
        }
        """));

    [Fact]
    public void Nested_GlobalNamespace() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        internal static partial class Network
        {
            [FixedNumKernel(typeof(FixedPostNumConn<double>), NConn = new[] { 4 })]
            internal sealed partial record Layer
            {
                [WeightTransform]
                private static double Weight(double w) => w > 0.0 ? w : 0.0;
            }
        }
        """));

    /// <summary>
    /// Names that are keywords, written with <c>@</c>: namespace segments, a containing type, the classes (one
    /// a contextual keyword a type may only be named with <c>@</c>), members read once per product (instance and
    /// static) and a transform called per synapse.
    /// </summary>
    [Fact]
    public void VerbatimIdentifiers_FloatFixedPost() => Snapshot.Verify<SnapshotTests>(SnapshotCase.Generate("""
        namespace @namespace.@struct;

        public static partial class @event
        {
            [FixedNumKernel(typeof(FixedPostNumConn<float>))]
            public partial class @class
            {
                public float @int { get; init; } = 2f;
                private static float @fixed = 0.5f;

                [WeightTransform]
                private float Weight(float w) => w * @int + @fixed;
            }
        }

        [FixedNumKernel(typeof(FixedPostNumConn<float>))]
        public partial class @record
        {
            public float @int { get; init; } = 2f;

            [WeightTransform]
            private float @float(float w) => MathF.Tanh(w) * @int;
        }
        """));
}
