using System.Numerics;

namespace BrainEvent;

/// <summary>
/// Argument checks of the gradient rules, all made before any work: lengths and shapes (the message names
/// the argument, what was expected and what was given) and outputs that would overwrite an input.
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
        ConnValidation.RequireLength(cotangent.Length, outLength, "cotangent", $"the length of {product}");
        ConnValidation.RequireLength(dWeights.Length, w.DataLength, "dWeights", WeightsLayout(w));
        ConnValidation.RequireLength(dOperand.Length, inLength, dOperandName, $"the length of {operandName}");
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
        WeightsTangent(w, dWeights.Length);
        if (!dOperand.IsEmpty)
        {
            ConnValidation.RequireLength(dOperand.Length, inLength, dOperandName, $"the length of {operandName}, or 0 for a zero tangent");
        }

        ConnValidation.RequireLength(result.Length, outLength, "result", $"the length of {product}");
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
        ConnValidation.RequireDimensions(cotangent, outRows, outCols, "cotangent", $"the shape of {product}");
        ConnValidation.RequireLength(dWeights.Length, w.DataLength, "dWeights", WeightsLayout(w));
        ConnValidation.RequireDimensions(dOperand, operand.GetLength(0), operand.GetLength(1), dOperandName, $"the shape of {operandName}");
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
        WeightsTangent(w, dWeights.Length);
        if (dOperand is { Length: > 0 })
        {
            ConnValidation.RequireDimensions(dOperand, operand.GetLength(0), operand.GetLength(1), dOperandName, $"the shape of {operandName}");
        }

        ConnValidation.RequireDimensions(result, outRows, outCols, "result", $"the shape of {product}");
        var flatResult = Dense2D.Flat(result);
        ConnValidation.RequireNoOverlap(values, flatResult, operandName);
        ConnValidation.RequireNoOverlap(dWeights, flatResult, "dWeights");
        if (dOperand is { Length: > 0 })
        {
            ConnValidation.RequireNoOverlap<T, T>(Dense2D.Flat(dOperand), flatResult, dOperandName);
        }
    }

    /// <summary>The operand's length for <c>W @ x</c> (right: NumPost, giving NumPre values) or <c>x @ W</c>.</summary>
    private static (int In, int Out, string Product) Vector<T>(FixedNumConn<T> w, int operandLength, string operandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        if (right)
        {
            ConnValidation.RequireLength(operandLength, w.NumPost, operandName, $"NumPost, the columns of W, for W @ {operandName}");
            return (w.NumPost, w.NumPre, $"W @ {operandName}");
        }

        ConnValidation.RequireLength(operandLength, w.NumPre, operandName, $"NumPre, the rows of W, for {operandName} @ W");
        return (w.NumPre, w.NumPost, $"{operandName} @ W");
    }

    /// <summary>The operand's shape for <c>W @ M</c> (right: <c>(NumPost, b)</c>) or <c>M @ W</c> (<c>(b, NumPre)</c>), and the product's.</summary>
    private static (int Batch, int OutRows, int OutCols, string Product) Matrix<T>(FixedNumConn<T> w, Array operand, string operandName, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(operand, operandName);
        if (right)
        {
            int batch = operand.GetLength(1);
            ConnValidation.RequireDimensions(operand, w.NumPost, batch, operandName, $"(NumPost, b): the columns of W by the batch, for W @ {operandName}");
            return (batch, w.NumPre, batch, $"W @ {operandName}");
        }

        int rows = operand.GetLength(0);
        ConnValidation.RequireDimensions(operand, rows, w.NumPre, operandName, $"(b, NumPre): the batch by the rows of W, for {operandName} @ W");
        return (rows, rows, w.NumPost, $"{operandName} @ W");
    }

    private static void WeightsTangent<T>(FixedNumConn<T> w, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (length != 0)
        {
            ConnValidation.RequireLength(length, w.DataLength, "dWeights", WeightsLayout(w) + ", or 0 for a zero tangent");
        }
    }

    private static string WeightsLayout<T>(FixedNumConn<T> w)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        w.IsHomogeneous ? "1, the homogeneous weight" : "Nse, one value per slot in the layout of Data";
}
