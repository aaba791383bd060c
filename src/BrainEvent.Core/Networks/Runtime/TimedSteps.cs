using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>
/// The steps whose phases the step loop times. A clock read costs about 35 ns on Linux x64 (measured here), and
/// timing every step's delivery, update and wait takes three: 3% of a step of a 4,000-neuron network. Runs of
/// more than <see cref="EveryStepUpTo"/> steps time one step in <see cref="OneIn"/> and scale the sums to the
/// thread's whole loop, whose start and end are read once. The timed steps are those whose number, times the
/// golden ratio, has a fractional part below 1 / <see cref="OneIn"/>: the same steps on every thread and in every
/// run, and in every residue class of every period the same share (the multiples of an irrational number are
/// equidistributed), so no rhythm in the network's activity can line up with them as it could with every
/// sixteenth step.
/// </summary>
internal static class TimedSteps
{
    /// <summary>Runs of at most this many steps time every step.</summary>
    public const int EveryStepUpTo = 1024;

    /// <summary>The share of steps timed in a longer run: one in this many.</summary>
    public const int OneIn = 1 << ShareBits;

    private const int ShareBits = 4;

    /// <summary>2^64 divided by the golden ratio, rounded to odd: Fibonacci hashing's multiplier.</summary>
    private const ulong GoldenRatio64 = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// Whether step <paramref name="step"/> is timed in a run longer than <see cref="EveryStepUpTo"/>: the top bits
    /// of its product with <see cref="GoldenRatio64"/> are 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTimed(long step) => ((ulong)step * GoldenRatio64) >> (64 - ShareBits) == 0;
}
