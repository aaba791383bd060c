using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Runs a CsCheck generator from one fixed PCG stream, so CI sees the same cases on every run.
/// <c>Gen.Sample(seed: ...)</c> is not enough: CsCheck uses the seed for the first iteration only and
/// draws the others at random. A failure names the case number and its input; rerun with the same seed.
/// </summary>
internal static class SeededCases
{
    public static void Run<T>(Gen<T> gen, int count, ulong seed, Action<T> check)
    {
        var pcg = new PCG(1, seed);
        for (int i = 0; i < count; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                check(value);
            }
            catch (Exception error)
            {
                throw new Xunit.Sdk.XunitException($"case {i} of seed {seed}: {value}{Environment.NewLine}{error}");
            }
        }
    }
}
