using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent;

/// <summary>Row-major views of two-dimensional arrays.</summary>
internal static class Dense2D
{
    private const int Tile = 16;

    /// <summary>The elements of <paramref name="matrix"/> as one row-major span (no copy).</summary>
    public static Span<T> Flat<T>(T[,] matrix) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(matrix)), matrix.Length);

    /// <summary>
    /// Copies a row-major <c>[rows, cols]</c> block into <paramref name="destination"/> as <c>[cols, rows]</c>,
    /// tile by tile so both sides stay in cache.
    /// </summary>
    public static void Transpose<T>(ReadOnlySpan<T> source, int rows, int cols, Span<T> destination)
    {
        for (int r0 = 0; r0 < rows; r0 += Tile)
        {
            int r1 = Math.Min(r0 + Tile, rows);
            for (int c0 = 0; c0 < cols; c0 += Tile)
            {
                int c1 = Math.Min(c0 + Tile, cols);
                for (int r = r0; r < r1; r++)
                {
                    for (int c = c0; c < c1; c++)
                    {
                        destination[c * rows + r] = source[r * cols + c];
                    }
                }
            }
        }
    }
}
