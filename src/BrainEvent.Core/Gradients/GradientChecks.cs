using System.Globalization;
using System.Numerics;

namespace BrainEvent;

/// <summary>
/// Argument checks of the gradient rules, all made before any work: lengths and shapes (the message names
/// the argument, what was expected and what was given) and outputs that would overwrite an input. They run
/// on every call of a training loop, so a message is only composed when a check fails: descriptions are
/// format strings whose <c>{0}</c> is the operand's name.
/// </summary>
internal static class GradientChecks
{
    /// <summary>Checks the VJP of <c>W @ x</c> (right) or <c>x @ W</c>; <paramref name="values"/> is the operand when it is dense, else empty.</summary>
    public static void VectorVjp<T>(
        FixedNumConn<T> w, int operandLength, string operandName, ReadOnlySpan<T> values, ReadOnlySpan<T> cotangent,
        Span<T> dWeights, Span<T> dOperand, string dOperandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (inLength, outLength, product) = Vector(w, operandLength, operandName, right);
        Length(cotangent.Length, outLength, "cotangent", product, operandName);
        Length(dWeights.Length, w.DataLength, "dWeights", WeightsLayout(w, tangent: false), operandName);
        Length(dOperand.Length, inLength, dOperandName, "the length of {0}", operandName);
        ConnValidation.RequireNoOverlap(values, dWeights, operandName, "dWeights");
        ConnValidation.RequireNoOverlap(cotangent, dWeights, "cotangent", "dWeights");
        ConnValidation.RequireNoOverlap(values, dOperand, operandName, dOperandName);
        ConnValidation.RequireNoOverlap(cotangent, dOperand, "cotangent", dOperandName);
        ConnValidation.RequireNoOverlap<T, T>(dWeights, dOperand, "dWeights", dOperandName);
    }

    /// <summary>Checks the JVP of <c>W @ x</c> (right) or <c>x @ W</c>; empty tangents are zero and always fit.</summary>
    public static void VectorJvp<T>(
        FixedNumConn<T> w, int operandLength, string operandName, ReadOnlySpan<T> values, ReadOnlySpan<T> dWeights,
        ReadOnlySpan<T> dOperand, string dOperandName, Span<T> result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (inLength, outLength, product) = Vector(w, operandLength, operandName, right);
        if (!dWeights.IsEmpty)
        {
            Length(dWeights.Length, w.DataLength, "dWeights", WeightsLayout(w, tangent: true), operandName);
        }

        if (!dOperand.IsEmpty)
        {
            Length(dOperand.Length, inLength, dOperandName, "the length of {0}, or 0 for a zero tangent", operandName);
        }

        Length(result.Length, outLength, "result", product, operandName);
        ConnValidation.RequireNoOverlap(values, result, operandName);
        ConnValidation.RequireNoOverlap(dWeights, result, "dWeights");
        ConnValidation.RequireNoOverlap(dOperand, result, dOperandName);
    }

    /// <summary>Checks the VJP of <c>W @ M</c> (right) or <c>M @ W</c> and returns the batch size <c>b</c>.</summary>
    public static int MatrixVjp<T>(
        FixedNumConn<T> w, Array operand, string operandName, ReadOnlySpan<T> values, T[,] cotangent,
        Span<T> dWeights, T[,] dOperand, string dOperandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(cotangent);
        ArgumentNullException.ThrowIfNull(dOperand, dOperandName);
        var (batch, outRows, outCols, product) = Matrix(w, operand, operandName, right);
        Dimensions(cotangent, outRows, outCols, "cotangent", product, operandName);
        Length(dWeights.Length, w.DataLength, "dWeights", WeightsLayout(w, tangent: false), operandName);
        Dimensions(dOperand, operand.GetLength(0), operand.GetLength(1), dOperandName, "the shape of {0}", operandName);
        var flatCotangent = Dense2D.Flat(cotangent);
        var flatDOperand = Dense2D.Flat(dOperand);
        ConnValidation.RequireNoOverlap(values, dWeights, operandName, "dWeights");
        ConnValidation.RequireNoOverlap<T, T>(flatCotangent, dWeights, "cotangent", "dWeights");
        ConnValidation.RequireNoOverlap(values, flatDOperand, operandName, dOperandName);
        ConnValidation.RequireNoOverlap<T, T>(flatCotangent, flatDOperand, "cotangent", dOperandName);
        ConnValidation.RequireNoOverlap<T, T>(dWeights, flatDOperand, "dWeights", dOperandName);
        return batch;
    }

    /// <summary>Checks the JVP of <c>W @ M</c> (right) or <c>M @ W</c>; a null or empty tangent is zero and always fits.</summary>
    public static void MatrixJvp<T>(
        FixedNumConn<T> w, Array operand, string operandName, ReadOnlySpan<T> values, ReadOnlySpan<T> dWeights,
        T[,]? dOperand, string dOperandName, T[,] result, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(result);
        var (_, outRows, outCols, product) = Matrix(w, operand, operandName, right);
        if (!dWeights.IsEmpty)
        {
            Length(dWeights.Length, w.DataLength, "dWeights", WeightsLayout(w, tangent: true), operandName);
        }

        if (dOperand is { Length: > 0 })
        {
            Dimensions(dOperand, operand.GetLength(0), operand.GetLength(1), dOperandName, "the shape of {0}", operandName);
        }

        Dimensions(result, outRows, outCols, "result", product, operandName);
        var flatResult = Dense2D.Flat(result);
        ConnValidation.RequireNoOverlap(values, flatResult, operandName);
        ConnValidation.RequireNoOverlap(dWeights, flatResult, "dWeights");
        if (dOperand is { Length: > 0 })
        {
            ConnValidation.RequireNoOverlap<T, T>(Dense2D.Flat(dOperand), flatResult, dOperandName);
        }
    }

    /// <summary>
    /// Checks the operand of <c>W @ x</c> (right: NumPost values, giving NumPre) or <c>x @ W</c>; returns both
    /// lengths and the description of the product's length.
    /// </summary>
    private static (int In, int Out, string Product) Vector<T>(FixedNumConn<T> w, int operandLength, string operandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        if (right)
        {
            Length(operandLength, w.NumPost, operandName, "NumPost, the columns of W, for W @ {0}", operandName);
            return (w.NumPost, w.NumPre, "the length of W @ {0}");
        }

        Length(operandLength, w.NumPre, operandName, "NumPre, the rows of W, for {0} @ W", operandName);
        return (w.NumPre, w.NumPost, "the length of {0} @ W");
    }

    /// <summary>
    /// Checks the operand of <c>W @ M</c> (right: <c>(NumPost, b)</c>) or <c>M @ W</c> (<c>(b, NumPre)</c>);
    /// returns the batch, the product's shape and its description.
    /// </summary>
    private static (int Batch, int OutRows, int OutCols, string Product) Matrix<T>(FixedNumConn<T> w, Array operand, string operandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(operand, operandName);
        if (right)
        {
            int batch = operand.GetLength(1);
            Dimensions(operand, w.NumPost, batch, operandName, "(NumPost, b): the columns of W by the batch, for W @ {0}", operandName);
            return (batch, w.NumPre, batch, "the shape of W @ {0}");
        }

        int rows = operand.GetLength(0);
        Dimensions(operand, rows, w.NumPre, operandName, "(b, NumPre): the batch by the rows of W, for {0} @ W", operandName);
        return (rows, rows, w.NumPost, "the shape of {0} @ W");
    }

    private static void Length(int actual, int expected, string paramName, string description, string operandName)
    {
        if (actual != expected)
        {
            ConnValidation.RequireLength(actual, expected, paramName, string.Format(CultureInfo.InvariantCulture, description, operandName));
        }
    }

    private static void Dimensions(Array array, int rows, int cols, string paramName, string description, string operandName)
    {
        if (array.GetLength(0) != rows || array.GetLength(1) != cols)
        {
            ConnValidation.RequireDimensions(array, rows, cols, paramName, string.Format(CultureInfo.InvariantCulture, description, operandName));
        }
    }

    private static string WeightsLayout<T>(FixedNumConn<T> w, bool tangent)
        where T : unmanaged, IFloatingPointIeee754<T> => (w.IsHomogeneous, tangent) switch
        {
            (true, false) => "1, the homogeneous weight",
            (true, true) => "1, the homogeneous weight, or 0 for a zero tangent",
            (false, false) => "Nse, one value per slot in the layout of Data",
            (false, true) => "Nse, one value per slot in the layout of Data, or 0 for a zero tangent",
        };
}
