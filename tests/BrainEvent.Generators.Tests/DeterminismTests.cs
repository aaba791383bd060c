using System.Numerics;
using BrainEvent.Generators.Tests.Execution;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// On problems large enough to run in several chunks (and event products over several output ranges), every
/// generated product gives bitwise the same result with one thread and with two, and still equals the reference.
/// </summary>
[Collection(GeneratedModelsCollection.Name)]
public sealed class DeterminismTests(GeneratedModelsFixture models)
{
    [Theory]
    [InlineData("PostFloatGain", 3000, 140_000, 20)]
    [InlineData("PreFloatGain", 140_000, 3000, 20)]
    [InlineData("PreDoublePerSynapse", 140_000, 6000, 7)]
    public void Results_do_not_depend_on_the_thread_count(string model, int numPre, int numPost, int nConn)
    {
        var modelCase = ModelCases.Get(model);
        if (modelCase.IsFloat)
        {
            Check<float>(modelCase, numPre, numPost, nConn);
        }
        else
        {
            Check<double>(modelCase, numPre, numPost, nConn);
        }
    }

    private void Check<T>(ModelCase modelCase, int numPre, int numPost, int nConn)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var model = models.Create<T>(modelCase);
        var problem = Problem<T>.Create(modelCase.Matrix, numPre, numPost, nConn, homogeneous: false, special: false, seed: 11, batch: 5);
        var transformed = ProductForms<T>.Materialised(problem, model);
        int previous = BrainEventSettings.MaxDegreeOfParallelism;
        try
        {
            foreach (var form in ProductForms<T>.All)
            {
                BrainEventSettings.MaxDegreeOfParallelism = 1;
                var serial = form.Fused(model, problem);
                BrainEventSettings.MaxDegreeOfParallelism = 2;
                var parallel = form.Fused(model, problem);
                ResultComparer.AssertBitwiseEqual(serial, parallel, $"{modelCase.Name} {form.Name}");
                ResultComparer.AssertClose(form.Reference(transformed, problem), parallel, $"{modelCase.Name} {form.Name}");
            }
        }
        finally
        {
            BrainEventSettings.MaxDegreeOfParallelism = previous;
        }
    }
}
