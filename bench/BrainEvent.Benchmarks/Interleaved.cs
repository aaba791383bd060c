using System.Diagnostics;
using System.Globalization;

namespace BrainEvent.Benchmarks;

/// <summary>
/// Kernels timed in turns within one process (a few calls of each per round), so that load from other processes
/// falls on all of them alike: on a shared machine the ratios of BenchmarkDotNet's sequential runs move by tens of
/// percent. Prints each kernel's median and the median per-round ratio to the first kernel, to four places: a ratio
/// near 0.03 (an event product against the float scatter) printed to three was only good to 3%.
/// </summary>
public static class Interleaved
{
    /// <param name="untimedCallsPerRound">
    /// Calls of each kernel just before its timed ones in every round, so that a kernel whose data stay in cache
    /// between calls does not pay for the kernel before it having evicted them (nor gain from it having loaded them).
    /// </param>
    public static void Run(
        string title, IReadOnlyList<(string Name, Action Run)> kernels, int rounds, int callsPerRound, int warmUpCalls, int untimedCallsPerRound = 0)
    {
        foreach (var kernel in kernels)
        {
            for (int i = 0; i < warmUpCalls; i++)
            {
                kernel.Run();
            }
        }

        var times = kernels.Select(_ => new List<double>()).ToArray();
        var watch = new Stopwatch();
        for (int round = 0; round < rounds; round++)
        {
            for (int k = 0; k < kernels.Count; k++)
            {
                for (int call = 0; call < untimedCallsPerRound; call++)
                {
                    kernels[k].Run();
                }

                watch.Restart();
                for (int call = 0; call < callsPerRound; call++)
                {
                    kernels[k].Run();
                }

                times[k].Add(watch.Elapsed.TotalMicroseconds / callsPerRound);
            }
        }

        Console.WriteLine(title);
        for (int k = 0; k < kernels.Count; k++)
        {
            double ratio = Median(times[k].Zip(times[0], (a, b) => a / b));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kernels[k].Name,-42} median {Median(times[k]),10:F1} us   ratio {ratio:F4}"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
