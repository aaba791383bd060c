using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// Type names the compiler checks in a declaration unless written with <c>@</c> (contextual keywords it
/// rejects or warns on, names of lowercase letters only): the user wrote <c>@</c>, so the generated
/// declaration, which <see cref="SnapshotCase.Generate"/> compiles, must not bring the error or warning back.
/// </summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("record")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("partial")]
    [InlineData("synapse")]
    public void A_verbatim_class_or_containing_type_name_stays_verbatim(string name)
    {
        var generated = SnapshotCase.Generate($$"""
            namespace Demo.Outer
            {
                public static partial class @{{name}}
                {
                    [FixedNumKernel(typeof(FixedPostNumConn<float>))]
                    public partial class Inner
                    {
                    }
                }
            }

            namespace Demo
            {
                [FixedNumKernel(typeof(FixedPostNumConn<float>))]
                public partial class @{{name}}
                {
                }
            }
            """);

        Assert.Equal(2, generated.Result.GeneratedSources.Length);
    }

    /// <summary>
    /// User types in scope named like the types and contextual keywords generated code could spell without
    /// <c>global::</c> (<c>var</c>, <c>nuint</c>, <c>unmanaged</c>, <c>dynamic</c>, the nested kernel types): the
    /// generated file still compiles without a warning, with a transform that reads a member and one that does not.
    /// </summary>
    [Fact]
    public void User_types_named_like_generated_names_change_nothing()
    {
        var generated = SnapshotCase.Generate("""
            namespace Demo
            {
                internal sealed class var { }
                internal sealed class nuint { }
                internal sealed class unmanaged { }
                internal sealed class dynamic { }
                internal sealed class Transform { }
                internal sealed class NConn8 { }
                internal sealed class RuntimeConnCount { }
                internal sealed class ReadOnlySpan<T> { }

                [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8 })]
                internal partial class Gain
                {
                    public float Scale = 2f;

                    [WeightTransform]
                    private float Weight(float w) => w * Scale;
                }

                [FixedNumKernel(typeof(FixedPreNumConn<double>), NConn = new[] { 8 })]
                internal partial class Fallback
                {
                    [WeightTransform]
                    private double Weight(double w, [PerSynapse] double g) => Math.Pow(w, g);
                }
            }
            """);

        Assert.Equal(2, generated.Result.GeneratedSources.Length);
    }
}
