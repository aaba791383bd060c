using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// A kernel class without a name, or in a type or namespace without one (a syntax error the compiler already
/// reports), gets neither code, which would be a nameless <c>partial class</c> with errors of its own, nor a
/// BE diagnostic on top.
/// </summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class : Base\n{\n}\n\npublic class Base\n{\n}\n")]
    [InlineData("[FixedNumKernel(typeof(FixedPostNumConn<float>))]\npublic partial class {\n")]
    [InlineData("public partial class\n{\n    [FixedNumKernel(typeof(FixedPostNumConn<float>))]\n    public partial class Synapse\n    {\n    }\n}\n")]
    [InlineData("namespace Demo.\n{\n    [FixedNumKernel(typeof(FixedPostNumConn<float>))]\n    public partial class Synapse\n    {\n    }\n}\n")]
    public void A_class_without_a_name_gets_nothing(string source)
    {
        var generated = SnapshotCase.Generate(source);

        Assert.Empty(generated.Result.GeneratedSources);
        Assert.Empty(generated.Result.Diagnostics);
    }
}
