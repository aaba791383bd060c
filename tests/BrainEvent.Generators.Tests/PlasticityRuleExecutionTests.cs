using System.Reflection;
using System.Runtime.Loader;
using BrainEvent.Generators.Tests.PlasticityRules;
using BrainEvent.Generators.Tests.Support;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// A generated rule runs: soft-bounded STDP generated from <c>[PlasticityRule]</c> learns in a recurrent network
/// exactly as the same rule written by hand against <c>IPlasticityRule&lt;float&gt;</c> does (Core's tests check the
/// hand-written rule against plain loops): the same weights, traces and spikes bit for bit, for several thread
/// counts and delays.
/// </summary>
public sealed class PlasticityRuleExecutionTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 2)]
    public void A_generated_rule_learns_bit_for_bit_as_the_hand_written_one(int threads, int delaySteps)
    {
        var context = new AssemblyLoadContext("PlasticityRules", isCollectible: true);
        try
        {
            var runner = Compile(context).GetType("PlasticExecution.Runner", throwOnError: true)!;
            object[] generated = Invoke(runner, "Generated", threads, delaySteps);
            object[] handWritten = Invoke(runner, "HandWritten", threads, delaySteps);

            var initial = (float[])generated[0];
            var learned = (float[])generated[1];
            Assert.Equal((float[])handWritten[1], learned);
            Assert.Equal((float[])handWritten[2], (float[])generated[2]);
            Assert.Equal((float[])handWritten[3], (float[])generated[3]);
            Assert.Equal((int[])handWritten[4], (int[])generated[4]);
            Assert.Equal((int[])handWritten[5], (int[])generated[5]);

            // The case must exercise the rule: most weights moved, within the soft bounds, and neurons spiked.
            Assert.True(learned.Where((w, k) => w != initial[k]).Count() > learned.Length / 2);
            Assert.Contains(learned.Select((w, k) => Math.Abs(w - initial[k])), change => change > 0.01f);
            Assert.All(learned, w => Assert.InRange(w, 0f, 0.4f));
            Assert.True(((int[])generated[4]).Length > 100);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs the neuron model generator, then the plasticity rule generator, and loads the program (no warning allowed).</summary>
    private static Assembly Compile(AssemblyLoadContext context)
    {
        var input = GeneratorHarness.CreateCompilation(PlasticNetworkSource.Program, PlasticityRuleSources.Usings + "namespace PlasticExecution;\n\n" + PlasticityRuleSources.SoftBound);
        var (neurons, withNeurons) = GeneratorHarness.Run(input, new NeuronModelGenerator());
        var (rules, output) = GeneratorHarness.Run(withNeurons, new PlasticityRuleGenerator());
        Assert.Empty(neurons.Diagnostics);
        Assert.Empty(rules.Diagnostics);
        Assert.Single(rules.GeneratedSources);
        Assert.Empty(GeneratorHarness.Problems(output));
        return GeneratorHarness.EmitAndLoad(output, context);
    }

    private static object[] Invoke(Type runner, string method, int threads, int delaySteps) =>
        (object[])runner.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [threads, delaySteps])!;
}
