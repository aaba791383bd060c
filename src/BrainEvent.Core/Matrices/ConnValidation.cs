using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace BrainEvent;

/// <summary>Argument checks shared by the constructors, the pytree and the products.</summary>
internal static class ConnValidation
{
    public static void RequireShape((int Rows, int Cols) shape, string paramName)
    {
        if (shape.Rows <= 0 || shape.Cols <= 0)
        {
            throw new ArgumentException(
                $"shape must have positive dimensions (rows > 0, cols > 0); got ({shape.Rows}, {shape.Cols}).", paramName);
        }
    }

    public static void RequireNConn(int nConn, string paramName)
    {
        if (nConn < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, nConn, "nConn must be zero or positive.");
        }
    }

    /// <summary>The number of stored slots, checked to fit in one array.</summary>
    public static int SlotCount(int rows, int nConn, string paramName)
    {
        long nse = (long)rows * nConn;
        if (nse > Array.MaxLength)
        {
            throw new ArgumentException(
                $"{rows} stored rows x {nConn} connections = {nse} slots exceeds the largest array ({Array.MaxLength}).",
                paramName);
        }

        return (int)nse;
    }

    /// <summary>
    /// Whether the column mirror of indices in <c>[0, bound)</c> fits: its <c>indptr</c> holds <c>bound + 1</c>
    /// entries in one array.
    /// </summary>
    public static bool MirrorFits(int bound) => (long)bound + 1 <= Array.MaxLength;

    /// <summary>Checks every index lies in [0, bound); the message names the range and what was found.</summary>
    public static void RequireIndicesInRange(ReadOnlySpan<int> indices, int bound, string boundName, string paramName)
    {
        if (indices.IsEmpty)
        {
            return;
        }

        var (min, max) = MinMax(indices);
        if (min < 0 || max >= bound)
        {
            throw new ArgumentException(
                $"indices must lie in [0, {bound}) ({boundName}); found min {min} and max {max}.", paramName);
        }
    }

    public static void RequireLength(int actual, int expected, string paramName, string what)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{paramName} must have length {expected} ({what}); got {actual}.", paramName);
        }
    }

    /// <summary>A product (or an in-place update) writing into its own input would read what it already overwrote.</summary>
    public static void RequireNoOverlap<TIn, TOut>(ReadOnlySpan<TIn> input, Span<TOut> result, string inputName, string resultName = "result")
        where TIn : struct
        where TOut : struct
    {
        var inputBytes = MemoryMarshal.AsBytes(input);
        var resultBytes = MemoryMarshal.AsBytes((ReadOnlySpan<TOut>)result);
        if (inputBytes.Overlaps(resultBytes))
        {
            throw new ArgumentException($"{resultName} must not overlap {inputName}.", resultName);
        }
    }

    public static void RequireDimensions(Array array, int rows, int cols, string paramName, string what)
    {
        var actual = (array.GetLength(0), array.GetLength(1));
        if (actual != (rows, cols))
        {
            throw new ArgumentException($"{paramName} must have shape ({rows}, {cols}) ({what}); got {actual}.", paramName);
        }
    }

    /// <summary>The matrix form: two arrays overlap only when they are the same array.</summary>
    public static void RequireNoOverlap<TIn, TOut>(TIn[,] input, TOut[,] result, string inputName)
        where TIn : struct
        where TOut : struct =>
        RequireNoOverlap<TIn, TOut>(Dense2D.Flat(input), Dense2D.Flat(result), inputName);

    /// <summary>Minimum and maximum of a non-empty span, a vector at a time.</summary>
    public static (int Min, int Max) MinMax(ReadOnlySpan<int> values)
    {
        int i = 0;
        int min = int.MaxValue, max = int.MinValue;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<int>.Count)
        {
            var vmin = Vector256.Create(int.MaxValue);
            var vmax = Vector256.Create(int.MinValue);
            for (; i <= values.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                var v = Vector256.Create(values.Slice(i, Vector256<int>.Count));
                vmin = Vector256.Min(vmin, v);
                vmax = Vector256.Max(vmax, v);
            }

            for (int lane = 0; lane < Vector256<int>.Count; lane++)
            {
                min = Math.Min(min, vmin.GetElement(lane));
                max = Math.Max(max, vmax.GetElement(lane));
            }
        }

        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (min, max);
    }
}
