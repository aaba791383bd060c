using System.Numerics;

namespace BrainEvent.Tests.Support;

/// <summary>Comparisons against the double reference, with a rounding bound for the element type.</summary>
public static class Approx
{
    /// <summary>
    /// Each actual value must be within <c>(terms + 2) * eps * scale</c> of the reference, where
    /// <c>scale = sum |w x|</c>: a sum of <c>terms</c> products rounded in <typeparamref name="T"/>.
    /// </summary>
    public static void Equal<T>(double[,] expected, double[,] scale, int terms, ReadOnlySpan<T> actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        double eps = typeof(T) == typeof(float) ? 6e-8 : 1.2e-16;
        int cols = expected.GetLength(1);
        for (int i = 0; i < actual.Length; i++)
        {
            double e = expected[i / cols, i % cols];
            double a = double.CreateChecked(actual[i]);
            double bound = (terms + 2) * eps * scale[i / cols, i % cols];
            if (!(Math.Abs(a - e) <= bound))
            {
                Assert.Fail($"{what}: element {i} (row {i / cols}, col {i % cols}) is {a}, expected {e} within {bound}.");
            }
        }
    }

    public static void Equal<T>(double[,] expected, double[,] scale, int terms, T[,] actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        Equal(expected, scale, terms, Flat(actual), what);
    }

    public static ReadOnlySpan<T> Flat<T>(T[,] matrix) =>
        System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
            ref System.Runtime.CompilerServices.Unsafe.As<byte, T>(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(matrix)),
            matrix.Length);
}
