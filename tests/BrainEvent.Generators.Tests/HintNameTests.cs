using BrainEvent.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The generator never throws over its file names: <c>[FixedNumKernel]</c> on two partial declarations of one
/// class (the compiler's CS0579) generates the class once, and classes whose file names would be equal but for
/// case (which generated file names ignore) each get a file of their own, for the plasticity-rule generator too.
/// </summary>
public sealed class HintNameTests
{
    [Fact]
    public void The_attribute_on_two_partial_declarations_generates_once()
    {
        var input = GeneratorHarness.CreateCompilation(SnapshotCase.Usings + """
            namespace Demo;

            [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8 })]
            public partial class Twice
            {
                [WeightTransform]
                private float Weight(float w) => w * 2f;
            }

            [FixedNumKernel(typeof(FixedPostNumConn<float>), NConn = new[] { 8 })]
            public partial class Twice
            {
            }
            """);
        var (result, output) = GeneratorHarness.Run(input);

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Demo.Twice.FixedNumKernel.g.cs", Assert.Single(result.GeneratedSources).HintName);
        Assert.Equal(["CS0579"], output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
    }

    [Fact]
    public void Classes_whose_file_names_differ_only_in_case_each_get_a_file()
    {
        var input = GeneratorHarness.CreateCompilation(SnapshotCase.Usings + """
            namespace Demo;

            [FixedNumKernel(typeof(FixedPostNumConn<float>))]
            internal partial class Synapse
            {
            }

            [FixedNumKernel(typeof(FixedPostNumConn<float>))]
            internal partial class SYNAPSE
            {
            }
            """);
        var (result, output) = GeneratorHarness.Run(input);

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Plasticity_rules_whose_file_names_differ_only_in_case_each_get_a_file()
    {
        string rule = """
            [PlasticityRule(tauPre: 20, tauPost: 20, aPlus: 0.01, aMinus: -0.0105)]
            internal partial struct Rule
            {
                public readonly float OnPre(float w, float postTrace) => w + postTrace;

                public readonly float OnPost(float w, float preTrace) => w + preTrace;
            }
            """;
        var input = GeneratorHarness.CreateCompilation("using BrainEvent.Networks;\n\nnamespace Demo;\n\n" + rule + "\n" + rule.Replace("struct Rule", "struct RULE"));
        var (result, output) = GeneratorHarness.Run(input, new PlasticityRuleGenerator());

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(GeneratorHarness.Problems(output));
    }
}
