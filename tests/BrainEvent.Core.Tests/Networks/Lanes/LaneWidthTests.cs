using System.Numerics;
using BrainEvent.Generated;
using static BrainEvent.Tests.Networks.Lanes.LaneRunner;

namespace BrainEvent.Tests.Networks.Lanes;

/// <summary>
/// The three widths give bitwise the same lanes for every operation (NaN payloads included), so a generated
/// kernel's results do not depend on the machine's vector hardware.
/// </summary>
public sealed class LaneWidthTests
{
    [Fact]
    public void Float_operations_are_bitwise_the_same_at_every_width() => Check<float>();

    [Fact]
    public void Double_operations_are_bitwise_the_same_at_every_width() => Check<double>();

    private static void Check<T>()
        where T : unmanaged, IBinaryFloatingPointIeee754<T>, IMinMaxValue<T>
    {
        T[] x = [.. LaneInputs.AnyMagnitude<T>(8192, seed: 21), .. LaneInputs.Range<T>(-800, 800, 8192, seed: 22)];
        var y = LaneInputs.Shuffled(x, seed: 23);
        var z = LaneInputs.Shuffled(x, seed: 24);
        Same(x, y, z, "+", (a, b, _) => a + b, (a, b, _) => a + b, (a, b, _) => a + b);
        Same(x, y, z, "-", (a, b, _) => a - b, (a, b, _) => a - b, (a, b, _) => a - b);
        Same(x, y, z, "*", (a, b, _) => a * b, (a, b, _) => a * b, (a, b, _) => a * b);
        Same(x, y, z, "/", (a, b, _) => a / b, (a, b, _) => a / b, (a, b, _) => a / b);
        Same(x, y, z, "negate", (a, _, _) => -a, (a, _, _) => -a, (a, _, _) => -a);
        Same(x, y, z, "FusedMultiplyAdd", Lanes512<T>.FusedMultiplyAdd, Lanes256<T>.FusedMultiplyAdd, ScalarLanes<T>.FusedMultiplyAdd);
        Same(x, y, z, "Min", (a, b, _) => Lanes512<T>.Min(a, b), (a, b, _) => Lanes256<T>.Min(a, b), (a, b, _) => ScalarLanes<T>.Min(a, b));
        Same(x, y, z, "Max", (a, b, _) => Lanes512<T>.Max(a, b), (a, b, _) => Lanes256<T>.Max(a, b), (a, b, _) => ScalarLanes<T>.Max(a, b));
        Same(x, y, z, "AtLeast", (a, b, _) => Lanes512<T>.AtLeast(a, b), (a, b, _) => Lanes256<T>.AtLeast(a, b), (a, b, _) => ScalarLanes<T>.AtLeast(a, b));
        Same(x, y, z, "AtMost", (a, b, _) => Lanes512<T>.AtMost(a, b), (a, b, _) => Lanes256<T>.AtMost(a, b), (a, b, _) => ScalarLanes<T>.AtMost(a, b));
        Same(x, y, z, "Abs", (a, _, _) => Lanes512<T>.Abs(a), (a, _, _) => Lanes256<T>.Abs(a), (a, _, _) => ScalarLanes<T>.Abs(a));
        Same(x, y, z, "Sqrt", (a, _, _) => Lanes512<T>.Sqrt(a), (a, _, _) => Lanes256<T>.Sqrt(a), (a, _, _) => ScalarLanes<T>.Sqrt(a));
        Same(x, y, z, "Exp", (a, _, _) => Lanes512<T>.Exp(a), (a, _, _) => Lanes256<T>.Exp(a), (a, _, _) => ScalarLanes<T>.Exp(a));
        Same(x, y, z, "Log", (a, _, _) => Lanes512<T>.Log(a), (a, _, _) => Lanes256<T>.Log(a), (a, _, _) => ScalarLanes<T>.Log(a));
        Same(x, y, z, "Round", (a, _, _) => Lanes512<T>.Round(a), (a, _, _) => Lanes256<T>.Round(a), (a, _, _) => ScalarLanes<T>.Round(a));
        Same(
            x, y, z, "Select(a < b, a, c)",
            (a, b, c) => Lanes512<T>.Select(Lanes512<T>.LessThan(a, b), a, c),
            (a, b, c) => Lanes256<T>.Select(Lanes256<T>.LessThan(a, b), a, c),
            (a, b, c) => ScalarLanes<T>.Select(ScalarLanes<T>.LessThan(a, b), a, c));
    }

    private static void Same<T>(
        T[] x,
        T[] y,
        T[] z,
        string name,
        Func<Lanes512<T>, Lanes512<T>, Lanes512<T>, Lanes512<T>> wide,
        Func<Lanes256<T>, Lanes256<T>, Lanes256<T>, Lanes256<T>> narrow,
        Func<ScalarLanes<T>, ScalarLanes<T>, ScalarLanes<T>, ScalarLanes<T>> scalar)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var expected = Map(x, y, z, scalar).Select(Ulps.Bits).ToArray();
        Assert.True(expected.SequenceEqual(Map(x, y, z, wide).Select(Ulps.Bits)), name + ": Lanes512 differs from ScalarLanes");
        Assert.True(expected.SequenceEqual(Map(x, y, z, narrow).Select(Ulps.Bits)), name + ": Lanes256 differs from ScalarLanes");
    }
}
