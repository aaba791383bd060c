using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent;

/// <summary>Row-major views of two-dimensional arrays.</summary>
internal static class Dense2D
{
    /// <summary>The elements of <paramref name="matrix"/> as one row-major span (no copy).</summary>
    public static Span<T> Flat<T>(T[,] matrix) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(matrix)), matrix.Length);

    /// <summary>Copies a row-major <c>[rows, cols]</c> block into <paramref name="destination"/> as <c>[cols, rows]</c>.</summary>
    public static void Transpose<T>(ReadOnlySpan<T> source, int rows, int cols, Span<T> destination)
    {
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                destination[c * rows + r] = source[r * cols + c];
            }
        }
    }
}
