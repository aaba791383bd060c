using System.Numerics;

namespace BrainEvent.Tests.Plasticity;

/// <summary>The functional updates called on either concrete class through the base type the test cases build.</summary>
public static class Learning
{
    public static FixedNumConn<T> Update<T>(FixedNumConn<T> w, bool[] spikes, T[] trace, T? wMin, T? wMax, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T> => w switch
        {
            FixedPostNumConn<T> post => onPre ? post.UpdateOnPre(spikes, trace, wMin, wMax) : post.UpdateOnPost(trace, spikes, wMin, wMax),
            FixedPreNumConn<T> pre => onPre ? pre.UpdateOnPre(spikes, trace, wMin, wMax) : pre.UpdateOnPost(trace, spikes, wMin, wMax),
            _ => throw new ArgumentException("not a FixedNumConn class", nameof(w)),
        };

    public static FixedNumConn<T> Update<T>(FixedNumConn<T> w, BitSpikes spikes, T[] trace, T? wMin, T? wMax, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T> => w switch
        {
            FixedPostNumConn<T> post => onPre ? post.UpdateOnPre(spikes, trace, wMin, wMax) : post.UpdateOnPost(trace, spikes, wMin, wMax),
            FixedPreNumConn<T> pre => onPre ? pre.UpdateOnPre(spikes, trace, wMin, wMax) : pre.UpdateOnPost(trace, spikes, wMin, wMax),
            _ => throw new ArgumentException("not a FixedNumConn class", nameof(w)),
        };

    public static void UpdateInPlace<T>(FixedNumConn<T> w, Span<T> weights, bool[] spikes, T[] trace, T? wMin, T? wMax, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (onPre)
        {
            w.UpdateOnPreInPlace(weights, spikes, trace, wMin, wMax);
        }
        else
        {
            w.UpdateOnPostInPlace(weights, trace, spikes, wMin, wMax);
        }
    }

    public static void UpdateInPlace<T>(FixedNumConn<T> w, Span<T> weights, BitSpikes spikes, T[] trace, T? wMin, T? wMax, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (onPre)
        {
            w.UpdateOnPreInPlace(weights, spikes, trace, wMin, wMax);
        }
        else
        {
            w.UpdateOnPostInPlace(weights, trace, spikes, wMin, wMax);
        }
    }

    /// <summary>The spike and trace lengths of an update: spikes of the firing side, the trace of the other.</summary>
    public static (int Spikes, int Trace) Lengths<T>(FixedNumConn<T> w, bool onPre)
        where T : unmanaged, IFloatingPointIeee754<T> => onPre ? (w.NumPre, w.NumPost) : (w.NumPost, w.NumPre);
}
