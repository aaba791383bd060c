using System.ComponentModel;
using System.Numerics;

namespace BrainEvent.Kernels;

/// <summary>
/// The library's operand checks, for products compiled outside it (source-generated kernels), so every
/// product rejects bad input with the same messages.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class ProductChecks
{
    /// <summary>
    /// Checks a vector product: <c>W @ x</c> when <paramref name="right"/> (x of length NumPost, result
    /// NumPre), else <c>x @ W</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A length does not fit; the message names <paramref name="inputName"/> or <c>result</c>.</exception>
    public static void Vector<T>(FixedNumConn<T> w, int inputLength, int resultLength, bool right, string inputName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        w.CheckVectorLengths(inputLength, resultLength, inputName, right);
    }

    /// <summary>
    /// Checks a matrix product: <c>W @ M</c> when <paramref name="right"/> (M of shape <c>(NumPost, b)</c>,
    /// result <c>(NumPre, b)</c>), else <c>M @ W</c> (M of shape <c>(b, NumPre)</c>, result <c>(b, NumPost)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A shape does not fit.</exception>
    public static void Matrix<T>(
        FixedNumConn<T> w, int operandRows, int operandCols, int resultRows, int resultCols, bool right, string inputName)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        int shared = right ? operandRows : operandCols;
        int batch = right ? operandCols : operandRows;
        w.CheckMatrixShapes(shared, batch, resultRows, resultCols, inputName, right);
    }

    /// <summary>
    /// Checks a product does not write over what it reads: <paramref name="result"/> must share no memory
    /// with <paramref name="input"/>.
    /// </summary>
    /// <exception cref="ArgumentException">They overlap; the parameter is <c>result</c>, the message names <paramref name="inputName"/>.</exception>
    public static void NoOverlap<TInput, TResult>(ReadOnlySpan<TInput> input, Span<TResult> result, string inputName)
        where TInput : struct
        where TResult : struct =>
        ConnValidation.RequireNoOverlap(input, result, inputName);

    /// <summary>Checks a matrix product's operand is not its <paramref name="result"/> array.</summary>
    /// <exception cref="ArgumentException">They are the same array; the parameter is <c>result</c>, the message names <paramref name="inputName"/>.</exception>
    public static void NoOverlap<TInput, TResult>(TInput[,] input, TResult[,] result, string inputName)
        where TInput : struct
        where TResult : struct
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        ConnValidation.RequireNoOverlap(input, result, inputName);
    }

    /// <summary>Checks a span a matrix product reads (a per-synapse operand) shares no memory with its <paramref name="result"/> array.</summary>
    /// <exception cref="ArgumentException">They overlap; the parameter is <c>result</c>, the message names <paramref name="inputName"/>.</exception>
    public static void NoOverlap<TInput, TResult>(ReadOnlySpan<TInput> input, TResult[,] result, string inputName)
        where TInput : struct
        where TResult : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        ConnValidation.RequireNoOverlap(input, Dense2D.Flat(result), inputName);
    }
}
