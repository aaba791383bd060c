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
}
