using System.Numerics;

namespace BrainEvent.Tests.Plasticity;

/// <summary>
/// The meaning of the plasticity updates as a plain loop over every slot of W: each slot's position
/// <c>(pre, post)</c> in W decides whether its neuron fired and which trace it gets, independently of which
/// direction the library scans. Clipping is written with Min/Max and an explicit NaN test, not the
/// library's compare-and-select.
/// </summary>
public static class PlasticityReference
{
    /// <summary>
    /// The in-place forms' values: only updated slots are clipped. <paramref name="onPre"/> means pre spikes
    /// with a post trace, else the reverse.
    /// </summary>
    public static T[] Update<T>(FixedNumConn<T> w, T[] values, bool[] spikes, T[] trace, T? wMin, T? wMax, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var indices = w.Indices.Span;
        var updated = (T[])values.Clone();
        for (int slot = 0; slot < updated.Length; slot++)
        {
            int row = slot / w.NConn;
            var (pre, post) = w.Kind == FixedNumConnKind.FixedPost ? (row, indices[slot]) : (indices[slot], row);
            var (active, other) = onPre ? (pre, post) : (post, pre);
            if (spikes[active])
            {
                updated[slot] = Clip(updated[slot] + trace[other], wMin, wMax);
            }
        }

        return updated;
    }

    /// <summary>
    /// The functional forms' values, upstream's <c>update_on_pre</c> / <c>update_on_post</c>: the trace added to
    /// every slot of an active neuron, then every slot clipped (jnp.clip over the whole array).
    /// </summary>
    public static T[] UpstreamUpdate<T>(FixedNumConn<T> w, T[] values, bool[] spikes, T[] trace, T? wMin, T? wMax, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var indices = w.Indices.Span;
        var updated = new T[values.Length];
        for (int slot = 0; slot < updated.Length; slot++)
        {
            int row = slot / w.NConn;
            var (pre, post) = w.Kind == FixedNumConnKind.FixedPost ? (row, indices[slot]) : (indices[slot], row);
            var (active, other) = onPre ? (pre, post) : (post, pre);
            var sum = spikes[active] ? values[slot] + trace[other] : values[slot];
            updated[slot] = Clip(sum, wMin, wMax);
        }

        return updated;
    }

    /// <summary>Upstream's clip of every slot (jnp.clip over the data), for comparison.</summary>
    public static T[] ClipAll<T>(T[] values, T? wMin, T? wMax)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        values.Select(v => Clip(v, wMin, wMax)).ToArray();

    public static T Clip<T>(T value, T? wMin, T? wMax)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (T.IsNaN(value))
        {
            return value;
        }

        return T.Min(T.Max(value, wMin ?? T.NegativeInfinity), wMax ?? T.PositiveInfinity);
    }

    /// <summary>Bitwise equality slot by slot (NaN equals NaN), with the first difference in the message.</summary>
    public static void Equal<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                Assert.Fail($"{what}: slot {i} is {actual[i]}, expected {expected[i]}.");
            }
        }
    }
}
