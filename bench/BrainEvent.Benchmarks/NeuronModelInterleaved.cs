using System.Diagnostics;
using System.Globalization;

namespace BrainEvent.Benchmarks;

/// <summary>
/// <see cref="NeuronModelBenchmarks"/>' kernels timed in turns within one process (5 calls of each per round), so
/// that load from other processes falls on all of them alike: on a shared machine the ratios of BenchmarkDotNet's
/// sequential runs move by tens of percent. Prints each kernel's median and the median per-round ratio to the first.
/// </summary>
public static class NeuronModelInterleaved
{
    public const string Option = "--neuron-models-interleaved";

    public static void Run(int rounds)
    {
        var benchmarks = new NeuronModelBenchmarks();
        benchmarks.Setup();
        (string Name, Action Run)[] kernels =
        [
            ("hand-written, as the CLI computes it", benchmarks.HandWritten),
            ("hand-written, the model's own arithmetic", benchmarks.HandWrittenAsWritten),
            ("generated Update", benchmarks.Generated),
        ];
        foreach (var kernel in kernels)
        {
            for (int i = 0; i < 2000; i++)
            {
                kernel.Run();
            }
        }

        var times = kernels.Select(_ => new List<double>()).ToArray();
        var watch = new Stopwatch();
        for (int round = 0; round < rounds; round++)
        {
            for (int k = 0; k < kernels.Length; k++)
            {
                watch.Restart();
                for (int call = 0; call < 5; call++)
                {
                    kernels[k].Run();
                }

                times[k].Add(watch.Elapsed.TotalMicroseconds / 5);
            }
        }

        for (int k = 0; k < kernels.Length; k++)
        {
            double ratio = Median(times[k].Zip(times[0], (a, b) => a / b));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kernels[k].Name,-42} median {Median(times[k]),8:F1} us   ratio {ratio:F3}"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
