using System.Numerics;
using BrainEvent.Tests.Plasticity;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// NaN, infinities, signed zeros and subnormals in the weights and traces of the plasticity updates
/// (<c>UpdateOnPre</c>, <c>UpdateOnPost</c>, new matrix and in place, bool and <see cref="BitSpikes"/> spikes),
/// with bounds of none, ±0, ±1 or +infinity: every slot is the plain loop's (<see cref="Expected"/>: one addition
/// per updated slot, then a clip of every slot for the new matrix, of the updated slots in place) bit for bit, NaN
/// where it is NaN.
/// </summary>
/// <remarks>
/// The clip is by comparison: a value is replaced by a bound only when it is strictly below the lower or above the
/// upper one, so a zero at a zero bound keeps its own sign (-0 and +0 compare equal), and NaN stays NaN.
/// <see cref="PlasticityReference.Clip{T}"/> (Min/Max) would give the bound's sign instead, as IEEE 754-2019
/// minimum/maximum do; these cases pin which of the two the library does.
/// </remarks>
public class SpecialValuePlasticityTests
{
    [Fact]
    public void Float() => SeededCases.Run(SpecialValueCase.Gen, 200, 1555, Check<float>);

    [Fact]
    public void Double() => SeededCases.Run(SpecialValueCase.Gen, 200, 1556, Check<double>);

    private static void Check<T>(SpecialValueCase c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(c.Seed);
        int nse = c.Rows * c.NConn;
        var indices = Enumerable.Range(0, nse).Select(_ => random.Next(c.Bound)).ToArray();
        var values = Enumerable.Range(0, nse).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight: true)).ToArray();
        var w = c.Kind == FixedNumConnKind.FixedPost
            ? (FixedNumConn<T>)new FixedPostNumConn<T>(values, indices, c.NConn, c.Shape)
            : new FixedPreNumConn<T>(values, indices, c.NConn, c.Shape);
        T?[] bounds = [null, T.NegativeZero, T.Zero, T.NegativeOne, T.One, T.PositiveInfinity];
        T? lower = bounds[random.Next(bounds.Length)];
        T? upper = bounds[random.Next(bounds.Length)];
        if (lower is { } l && upper is { } u && l > u)
        {
            (lower, upper) = (upper, lower);
        }

        foreach (bool onPre in new[] { true, false })
        {
            var spikes = Enumerable.Range(0, onPre ? w.NumPre : w.NumPost).Select(_ => random.Next(2) == 0).ToArray();
            var trace = Enumerable.Range(0, onPre ? w.NumPost : w.NumPre).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight: false)).ToArray();
            var expected = Expected(w, values, spikes, trace, lower, upper, onPre, clipEverySlot: true);
            var expectedInPlace = Expected(w, values, spikes, trace, lower, upper, onPre, clipEverySlot: false);
            string what = $"{(onPre ? "UpdateOnPre" : "UpdateOnPost")} in [{lower?.ToString() ?? "none"}, {upper?.ToString() ?? "none"}]";
            var bits = BitSpikes.FromBools(spikes);

            SpecialValueTests.AssertSame(expected, Data(Updated(w, spikes, trace, lower, upper, onPre)), what);
            SpecialValueTests.AssertSame(expected, Data(Updated(w, bits, trace, lower, upper, onPre)), $"{what}, BitSpikes");
            var inPlace = (T[])values.Clone();
            if (onPre)
            {
                w.UpdateOnPreInPlace(inPlace, bits, trace, lower, upper);
            }
            else
            {
                w.UpdateOnPostInPlace(inPlace, trace, bits, lower, upper);
            }

            SpecialValueTests.AssertSame(expectedInPlace, inPlace, $"{what}, in place");
        }
    }

    /// <summary>
    /// Each slot whose active-side neuron fired gets <c>w + trace[other side]</c>; then that slot, or with
    /// <paramref name="clipEverySlot"/> every slot, is clipped by comparison.
    /// </summary>
    private static T[] Expected<T>(FixedNumConn<T> w, T[] values, bool[] spikes, T[] trace, T? lower, T? upper, bool onPre, bool clipEverySlot)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var indices = w.Indices.Span;
        var updated = (T[])values.Clone();
        for (int slot = 0; slot < updated.Length; slot++)
        {
            int row = slot / w.NConn;
            var (pre, post) = w.Kind == FixedNumConnKind.FixedPost ? (row, indices[slot]) : (indices[slot], row);
            var (active, other) = onPre ? (pre, post) : (post, pre);
            if (spikes[active] || clipEverySlot)
            {
                T sum = spikes[active] ? updated[slot] + trace[other] : updated[slot];
                updated[slot] = lower is { } l && sum < l ? l : upper is { } u && sum > u ? u : sum;
            }
        }

        return updated;
    }

    private static T[] Data<T>(FixedNumConn<T> w)
        where T : unmanaged, IFloatingPointIeee754<T> => w.Data.ToArray();

    private static FixedNumConn<T> Updated<T>(FixedNumConn<T> w, bool[] spikes, T[] trace, T? lower, T? upper, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T> => (w, onPre) switch
        {
            (FixedPostNumConn<T> post, true) => post.UpdateOnPre(spikes, trace, lower, upper),
            (FixedPostNumConn<T> post, false) => post.UpdateOnPost(trace, spikes, lower, upper),
            (FixedPreNumConn<T> pre, true) => pre.UpdateOnPre(spikes, trace, lower, upper),
            (FixedPreNumConn<T> pre, false) => pre.UpdateOnPost(trace, spikes, lower, upper),
            _ => throw new ArgumentOutOfRangeException(nameof(w)),
        };

    private static FixedNumConn<T> Updated<T>(FixedNumConn<T> w, BitSpikes spikes, T[] trace, T? lower, T? upper, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T> => (w, onPre) switch
        {
            (FixedPostNumConn<T> post, true) => post.UpdateOnPre(spikes, trace, lower, upper),
            (FixedPostNumConn<T> post, false) => post.UpdateOnPost(trace, spikes, lower, upper),
            (FixedPreNumConn<T> pre, true) => pre.UpdateOnPre(spikes, trace, lower, upper),
            (FixedPreNumConn<T> pre, false) => pre.UpdateOnPost(trace, spikes, lower, upper),
            _ => throw new ArgumentOutOfRangeException(nameof(w)),
        };
}
