using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>Defects the robustness corpus found in the <c>[NeuronModel]</c> and <c>[PlasticityRule]</c> generators, each of which crashed it (CS8785) or emitted code that did not compile before the fix.</summary>
public sealed class RegressionTests
{
    [Fact]
    public void A_model_attributed_on_two_partial_declarations_gets_one_file()
    {
        var generated = SnapshotCase.Generate(
            NeuronModelSourcesWith("[NeuronModel]\npublic partial struct N { }\n"), new NeuronModelGenerator());
        Assert.Null(generated.Result.Exception);
        Assert.Equal("N.NeuronModel.g.cs", Assert.Single(generated.Result.GeneratedSources).HintName);
    }

    [Fact]
    public void Models_named_alike_but_for_case_get_distinct_files()
    {
        var generated = SnapshotCase.Generate(
            NeuronModelSourcesWith(Model.Replace("struct N", "struct n", StringComparison.Ordinal)), new NeuronModelGenerator());
        Assert.Null(generated.Result.Exception);
        var names = generated.Result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(2, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.EndsWith(".NeuronModel.g.cs", n, StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_a_syntax_error_left_without_a_name_gets_no_code_and_no_diagnostic_of_ours()
    {
        var generated = SnapshotCase.Generate(
            "using BrainEvent.Networks;\n\n" + Model.Replace("public float V;", "public float V, ;", StringComparison.Ordinal), new NeuronModelGenerator());
        Assert.Null(generated.Result.Exception);
        Assert.Empty(generated.Result.GeneratedSources);
        Assert.Empty(generated.Result.Diagnostics);
    }

    [Fact]
    public void A_plasticity_rule_attributed_on_two_partial_declarations_gets_one_file()
    {
        const string rule = """
            using BrainEvent.Networks;

            [PlasticityRule(20, 20, 0.01, -0.0105)]
            public partial struct R
            {
                public readonly float OnPre(float w, float postTrace) => w + postTrace;

                public readonly float OnPost(float w, float preTrace) => w + preTrace;
            }

            [PlasticityRule(20, 20, 0.01, -0.0105)]
            public partial struct R { }
            """;
        var generated = SnapshotCase.Generate(rule, new PlasticityRuleGenerator());
        Assert.Null(generated.Result.Exception);
        Assert.Equal("R.PlasticityRule.g.cs", Assert.Single(generated.Result.GeneratedSources).HintName);
    }

    private const string Model = """
        [NeuronModel]
        public partial struct N
        {
            public float V;
            [Shared] public float I;

            public void Update(float dt) { V += dt * (I - V); }

            public readonly bool Threshold() => V >= 1f;
        }

        """;

    private static string NeuronModelSourcesWith(string more) => "using BrainEvent.Networks;\n\n" + Model + more;
}
