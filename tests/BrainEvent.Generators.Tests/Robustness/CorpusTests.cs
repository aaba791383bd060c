namespace BrainEvent.Generators.Tests.Robustness;

/// <summary>
/// The three generators on broken and unusual user code: they never throw, report the BE diagnostics the code
/// deserves, and whatever they emit compiles.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string, string, string[]> Kernels => KernelCorpus.Cases;

    public static TheoryData<string, string, string[]> Models => NeuronCorpus.Cases;

    public static TheoryData<string, string, string[]> Rules => PlasticityCorpus.Cases;

    [Theory]
    [MemberData(nameof(Kernels))]
    public void A_kernel_class_never_breaks_the_generator(string name, string source, string[] expected) => Check(name, source, expected);

    [Theory]
    [MemberData(nameof(Models))]
    public void A_neuron_model_never_breaks_the_generator(string name, string source, string[] expected) => Check(name, source, expected);

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_plasticity_rule_never_breaks_the_generator(string name, string source, string[] expected) => Check(name, source, expected);

    private static void Check(string name, string source, string[] expected)
    {
        var (reported, _) = RobustRun.Check(source);
        foreach (string id in expected)
        {
            Assert.True(reported.Contains(id), $"{name}: expected {id}, got [{string.Join(", ", reported)}]");
        }
    }
}
