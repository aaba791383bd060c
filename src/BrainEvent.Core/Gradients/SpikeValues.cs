using System.Numerics;

namespace BrainEvent;

/// <summary>
/// Event operands as the 0/1 values the straight-through convention differentiates: 1 where a spike is
/// set, 0 elsewhere.
/// </summary>
internal static class SpikeValues
{
    public static void Fill<T>(ReadOnlySpan<bool> spikes, Span<T> values)
        where T : INumberBase<T>
    {
        for (int i = 0; i < spikes.Length; i++)
        {
            values[i] = spikes[i] ? T.One : T.Zero;
        }
    }

    public static void Fill<T>(BitSpikes spikes, Span<T> values)
        where T : INumberBase<T>
    {
        values.Clear();
        foreach (int i in spikes.GetActiveEnumerator())
        {
            values[i] = T.One;
        }
    }

    /// <summary>A <c>[rows, cols]</c> event matrix as <c>[cols, rows]</c> values.</summary>
    public static void FillTransposed<T>(bool[,] spikes, Span<T> values)
        where T : INumberBase<T>
    {
        int rows = spikes.GetLength(0);
        int cols = spikes.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                values[(c * rows) + r] = spikes[r, c] ? T.One : T.Zero;
            }
        }
    }
}
