using System.Numerics;
using BrainEvent.Generators.Tests.Execution;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The generated kernels, the library's kernels on the transformed values (<c>w.Apply(f).Evaluate()</c>, the
/// same loops with the identity transform) and the runtime-compiled chain <c>w.Apply(f)</c> give bitwise equal
/// results for every product, on problems that run in several chunks, with 1, 2 and 8 threads: declared and
/// other NConn values, homogeneous and per-slot weights with a NaN and an infinity among them. Every model
/// with a lambda form takes part: all but the ones calling <c>Exp</c>/<c>Log</c>, whose vector forms may
/// differ from the scalar ones by an ulp (a homogeneous weight is transformed with the scalar form).
/// Each leg is compared with one reference made by none of them: the model's own method applied to every
/// value in plain C# (<see cref="ProductForms{T}.Materialised"/>), multiplied by the library at one thread.
/// </summary>
[Collection(GeneratedModelsCollection.Name)]
public sealed class BitwiseEquivalenceTests(GeneratedModelsFixture models)
{
    private static readonly int[] ThreadCounts = [1, 2, 8];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var model in ModelCases.All.Where(c => c.Lambda is not null || !c.HasTransform))
        {
            foreach (int nConn in model.Tested.Where(n => model.Declared.Contains(n)).Take(1).Concat(model.Tested.Where(n => !model.Declared.Contains(n)).Take(1)))
            {
                data.Add(model.Name, nConn, false);
                data.Add(model.Name, nConn, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_library_and_runtime_compiled_products_are_bitwise_equal(string model, int nConn, bool homogeneous)
    {
        var modelCase = ModelCases.Get(model);
        if (modelCase.IsFloat)
        {
            Check<float>(modelCase, nConn, homogeneous);
        }
        else
        {
            Check<double>(modelCase, nConn, homogeneous);
        }
    }

    private void Check<T>(ModelCase modelCase, int nConn, bool homogeneous)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var model = models.Create<T>(modelCase);

        // About 40,000 slots: the products run in two chunks or more.
        int rows = Math.Max(48, 40_000 / nConn);
        int bound = Math.Max(nConn, (rows * 3 / 4) + 5);
        bool post = modelCase.Matrix == "FixedPostNumConn";
        var problem = Problem<T>.Create(modelCase.Matrix, post ? rows : bound, post ? bound : rows, nConn, homogeneous, special: true, seed: nConn + 17, batch: 37);
        var chain = model.Chain(problem.W, problem.G)!;
        var evaluated = Evaluated(chain);
        var materialised = ProductForms<T>.Materialised(problem, model);

        // A homogeneous chain is one value and needs no kernel, and without a transform the chain is the
        // matrix itself; every other chain's products must run their own compiled kernels, or this leg would
        // repeat the library's.
        bool compiles = modelCase.HasTransform && !homogeneous;
        BrainEventJit.ClearCache();
        int previous = BrainEventSettings.MaxDegreeOfParallelism;
        try
        {
            foreach (var form in ProductForms<T>.All)
            {
                BrainEventSettings.MaxDegreeOfParallelism = 1;
                var expected = form.Reference(materialised, problem);
                foreach (int threads in ThreadCounts)
                {
                    BrainEventSettings.MaxDegreeOfParallelism = threads;
                    string what = $"{modelCase.Name} {form.Name}, nConn {nConn}, homogeneous {homogeneous}, {threads} threads";
                    ResultComparer.AssertBitwiseEqual(expected, form.Fused(model, problem), what + ", generated");
                    var before = BrainEventJit.Statistics;
                    var compiled = form.Reference(chain, problem);
                    if (compiles)
                    {
                        AssertCompiled(before, BrainEventJit.Statistics, firstCall: threads == ThreadCounts[0], what);
                    }

                    ResultComparer.AssertBitwiseEqual(expected, compiled, what + ", runtime-compiled");
                    ResultComparer.AssertBitwiseEqual(expected, form.Reference(evaluated, problem), what + ", library");
                }
            }
        }
        finally
        {
            BrainEventSettings.MaxDegreeOfParallelism = previous;
        }
    }

    /// <summary>
    /// The call looked its kernel up, and the first call of a product form compiled it: every product shape
    /// and layout has a kernel of its own, and the cache was cleared before the first form. A product that
    /// fell back to the chain's values would look up only the one map kernel of <c>Evaluate()</c>, compiled
    /// by the first form's call and found by every later one.
    /// </summary>
    private static void AssertCompiled(JitStatistics before, JitStatistics after, bool firstCall, string what)
    {
        Assert.True(after.Hits + after.Misses > before.Hits + before.Misses, what + ", runtime-compiled: no kernel was looked up.");
        Assert.True(!firstCall || after.Misses > before.Misses, what + ", runtime-compiled: the form's first call compiled no kernel of its own.");
    }

    /// <summary>The chain's values computed once and stored: the library's products then use them as plain weights.</summary>
    private static FixedNumConn<T> Evaluated<T>(FixedNumConn<T> chain)
        where T : unmanaged, IFloatingPointIeee754<T> => chain switch
        {
            FixedPostNumConn<T> post => post.Evaluate(),
            FixedPreNumConn<T> pre => pre.Evaluate(),
            _ => throw new ArgumentException("Unknown matrix class.", nameof(chain)),
        };
}
