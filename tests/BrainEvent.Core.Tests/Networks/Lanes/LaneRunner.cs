using System.Numerics;
using BrainEvent.Generated;

namespace BrainEvent.Tests.Networks.Lanes;

/// <summary>Runs a lane operation over whole arrays, <c>TLanes.Count</c> elements at a time.</summary>
internal static class LaneRunner
{
    public static T[] Map<TLanes, T>(T[] x, Func<TLanes, TLanes> op)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var result = new T[x.Length];
        for (int i = 0; i < x.Length; i += TLanes.Count)
        {
            TLanes.Store(op(TLanes.Load(x, i)), result, i);
        }

        return result;
    }

    public static T[] Map<TLanes, T>(T[] x, T[] y, Func<TLanes, TLanes, TLanes> op)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var result = new T[x.Length];
        for (int i = 0; i < x.Length; i += TLanes.Count)
        {
            TLanes.Store(op(TLanes.Load(x, i), TLanes.Load(y, i)), result, i);
        }

        return result;
    }

    public static T[] Map<TLanes, T>(T[] x, T[] y, T[] z, Func<TLanes, TLanes, TLanes, TLanes> op)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var result = new T[x.Length];
        for (int i = 0; i < x.Length; i += TLanes.Count)
        {
            TLanes.Store(op(TLanes.Load(x, i), TLanes.Load(y, i), TLanes.Load(z, i)), result, i);
        }

        return result;
    }

    /// <summary>The true lanes of the masks <paramref name="op"/> returns, one bool per element.</summary>
    public static bool[] Masks<TLanes, T>(T[] x, T[] y, Func<TLanes, TLanes, TLanes> op)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var result = new bool[x.Length];
        for (int i = 0; i < x.Length; i += TLanes.Count)
        {
            ulong bits = TLanes.MaskBits(op(TLanes.Load(x, i), TLanes.Load(y, i)));
            for (int k = 0; k < TLanes.Count; k++)
            {
                result[i + k] = ((bits >> k) & 1) != 0;
            }
        }

        return result;
    }

    /// <summary>The true lanes of the bits <paramref name="op"/> returns per vector (lane 0 lowest), one bool per element.</summary>
    public static bool[] Bits<TLanes, T>(T[] x, T[] y, Func<TLanes, TLanes, ulong> op)
        where TLanes : struct, ILanes<TLanes, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var result = new bool[x.Length];
        for (int i = 0; i < x.Length; i += TLanes.Count)
        {
            ulong bits = op(TLanes.Load(x, i), TLanes.Load(y, i));
            Assert.Equal(0UL, TLanes.Count == 64 ? 0UL : bits >> TLanes.Count);
            for (int k = 0; k < TLanes.Count; k++)
            {
                result[i + k] = ((bits >> k) & 1) != 0;
            }
        }

        return result;
    }
}
