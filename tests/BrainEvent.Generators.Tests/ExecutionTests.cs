using System.Numerics;
using BrainEvent.Generators.Tests.Execution;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// Every generated product, on random inputs, equals the library's product on the transformed weights
/// (<c>w.Apply(Weight)</c> or <c>w.Apply2(w.WithData(g), Weight)</c>, with the model's own method): declared and
/// other NConn values, homogeneous and heterogeneous weights, NaN and infinity among them, float and double,
/// FixedPost and FixedPre, with and without a per-synapse operand, vectorised and fallback transforms.
/// </summary>
[Collection(GeneratedModelsCollection.Name)]
public sealed class ExecutionTests(GeneratedModelsFixture models)
{
    /// <summary>A batch that runs every width of the matrix kernels: 4 and 1 Vector512, then Vector256, then single lanes.</summary>
    private const int Batch = 95;

    public static TheoryData<string, int, bool, bool> Cases()
    {
        var data = new TheoryData<string, int, bool, bool>();
        foreach (var model in ModelCases.All)
        {
            foreach (int nConn in model.Tested)
            {
                data.Add(model.Name, nConn, false, false);
                data.Add(model.Name, nConn, true, false);
                data.Add(model.Name, nConn, false, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_products_equal_the_library_on_transformed_weights(string model, int nConn, bool homogeneous, bool special)
    {
        var modelCase = ModelCases.Get(model);
        if (modelCase.IsFloat)
        {
            Check<float>(modelCase, nConn, homogeneous, special);
        }
        else
        {
            Check<double>(modelCase, nConn, homogeneous, special);
        }
    }

    [Fact]
    public void The_generator_warns_exactly_for_the_transforms_without_vector_form()
    {
        var expected = ModelCases.All.Where(c => c.FallsBack).Select(c => "BE1009").ToList();
        Assert.Equal(expected, models.GeneratorDiagnostics.Select(d => d.Split(' ')[0]));
        Assert.All(models.GeneratorDiagnostics, d => Assert.Contains("once per synapse", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_operands_are_rejected_with_the_library_messages()
    {
        var model = models.Create<float>(ModelCases.Get("PostFloatGain"));
        var w = Problem<float>.Create("FixedPostNumConn", 5, 7, 8, homogeneous: false, special: false, seed: 3, batch: 2).W;
        var expected = Assert.Throws<ArgumentException>(() => w.MatVec(new float[6], new float[5]));
        var actual = Assert.Throws<ArgumentException>(() => model.MatVec(w, default, new float[6], new float[5]));
        Assert.Equal(expected.Message, actual.Message);

        var shared = new float[12];
        var overlap = Assert.Throws<ArgumentException>(() => model.MatVec(w, default, shared.AsSpan(0, 7), shared.AsSpan(5, 5)));
        Assert.Equal(Assert.Throws<ArgumentException>(() => w.MatVec(shared.AsSpan(0, 7), shared.AsSpan(5, 5))).Message, overlap.Message);

        var left = Assert.Throws<ArgumentException>(() => model.LeftMatMat(w, default, new float[2, 4], new float[2, 7]));
        Assert.Equal(Assert.Throws<ArgumentException>(() => w.LeftMatMat(new float[2, 4], new float[2, 7])).Message, left.Message);
    }

    [Fact]
    public void A_matrix_product_into_its_own_operand_is_rejected_before_any_work()
    {
        // The library's 2 x 2 swap: into a fresh array the product is [2, 1]; into m itself it was [2, 2].
        var w = new FixedPostNumConn<float>(new float[,] { { 1f }, { 1f } }, new[,] { { 1 }, { 0 } }, (2, 2));
        var model = models.Create<float>(ModelCases.Get("PostFloatGain"));
        var m = new float[,] { { 1 }, { 2 } };
        var expected = Assert.Throws<ArgumentException>(() => w.MatMat(m, m));
        var actual = Assert.Throws<ArgumentException>(() => model.MatMat(w, default, m, m));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal("result", actual.ParamName);
        var square = new float[,] { { 1, 2 }, { 3, 4 } };
        Assert.Equal(
            Assert.Throws<ArgumentException>(() => w.LeftMatMat(square, square)).Message,
            Assert.Throws<ArgumentException>(() => model.LeftMatMat(w, default, square, square)).Message);
        Assert.Equal(new float[,] { { 1 }, { 2 } }, m);
        Assert.Equal(new float[,] { { 1, 2 }, { 3, 4 } }, square);
    }

    [Fact]
    public void A_per_synapse_operand_that_is_the_result_is_rejected()
    {
        // 5 rows of 8 slots: g holds Nse = 40 values, as many as the 5 x 8 result, so they can share memory.
        var model = models.Create<float>(ModelCases.Get("PostFloatPerSynapse"));
        var w = Problem<float>.Create("FixedPostNumConn", 5, 7, 8, homogeneous: false, special: false, seed: 3, batch: 8).W;
        var result = new float[5, 8];
        var error = Assert.Throws<ArgumentException>(
            () => model.MatMat(w, System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref result[0, 0], result.Length), new float[7, 8], result));
        Assert.Equal("result", error.ParamName);
        Assert.Contains("g", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_per_synapse_operand_of_the_wrong_length_is_rejected()
    {
        var model = models.Create<float>(ModelCases.Get("PostFloatPerSynapse"));
        var w = Problem<float>.Create("FixedPostNumConn", 5, 7, 8, homogeneous: false, special: false, seed: 3, batch: 2).W;
        var error = Assert.Throws<ArgumentException>(() => model.MatVec(w, new float[39], new float[7], new float[5]));
        Assert.Equal("g", error.ParamName);
        Assert.StartsWith("g must hold Nse = 40 values", error.Message, StringComparison.Ordinal);
    }

    private void Check<T>(ModelCase modelCase, int nConn, bool homogeneous, bool special)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var model = models.Create<T>(modelCase);
        int seed = HashCode.Combine(modelCase.Name.Length, nConn, homogeneous, special);
        var problem = Problem<T>.Create(modelCase.Matrix, numPre: 37, numPost: 29, nConn, homogeneous, special, seed, Batch);
        var transformed = ProductForms<T>.Materialised(problem, model);
        foreach (var form in ProductForms<T>.All)
        {
            var expected = form.Reference(transformed, problem);
            foreach (var implementation in Implementations.For(model))
            {
                string what = $"{modelCase.Name} ({implementation.Name}) {form.Name}, nConn {nConn}, homogeneous {homogeneous}, special {special}";
                ResultComparer.AssertClose(expected, form.Fused(implementation, problem), what);
            }
        }
    }
}
