using System.Numerics;
using BrainEvent.Kernels;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary><c>W @ v</c>: a vector of length <see cref="NumPre"/>.</summary>
    /// <param name="v">A vector of length <see cref="NumPost"/>.</param>
    public T[] MatVec(ReadOnlySpan<T> v)
    {
        var result = new T[NumPre];
        MatVec(v, result);
        return result;
    }

    /// <summary><c>W @ v</c> written into <paramref name="result"/> (length <see cref="NumPre"/>), which it overwrites.</summary>
    public void MatVec(ReadOnlySpan<T> v, Span<T> result)
    {
        CheckVectorProduct(v, result, right: true);
        VectorProduct(new DenseOperand<T>(v, 1), result, right: true);
    }

    /// <summary><c>v @ W</c>: a vector of length <see cref="NumPost"/>.</summary>
    /// <param name="v">A vector of length <see cref="NumPre"/>.</param>
    public T[] VecMat(ReadOnlySpan<T> v)
    {
        var result = new T[NumPost];
        VecMat(v, result);
        return result;
    }

    /// <summary><c>v @ W</c> written into <paramref name="result"/> (length <see cref="NumPost"/>), which it overwrites.</summary>
    public void VecMat(ReadOnlySpan<T> v, Span<T> result)
    {
        CheckVectorProduct(v, result, right: false);
        VectorProduct(new DenseOperand<T>(v, 1), result, right: false);
    }

    /// <summary><c>W @ s</c> for a spike vector <paramref name="spikes"/> of length <see cref="NumPost"/> (true = active, counts as 1).</summary>
    public T[] MatVec(ReadOnlySpan<bool> spikes)
    {
        var result = new T[NumPre];
        MatVec(spikes, result);
        return result;
    }

    /// <summary><c>W @ s</c> written into <paramref name="result"/> (length <see cref="NumPre"/>).</summary>
    public void MatVec(ReadOnlySpan<bool> spikes, Span<T> result)
    {
        CheckVectorProduct(spikes, result, right: true);
        VectorProduct(new EventOperand<T>(spikes, 1), result, right: true);
    }

    /// <summary>
    /// <c>s @ W</c> for a spike vector <paramref name="spikes"/> of length <see cref="NumPre"/>: the synaptic
    /// input of one simulation step for FixedPost. Only active rows count.
    /// </summary>
    public T[] VecMat(ReadOnlySpan<bool> spikes)
    {
        var result = new T[NumPost];
        VecMat(spikes, result);
        return result;
    }

    /// <summary><c>s @ W</c> written into <paramref name="result"/> (length <see cref="NumPost"/>).</summary>
    public void VecMat(ReadOnlySpan<bool> spikes, Span<T> result)
    {
        CheckVectorProduct(spikes, result, right: false);
        VectorProduct(new EventOperand<T>(spikes, 1), result, right: false);
    }

    /// <summary><c>W @ s</c> for bit-packed spikes of length <see cref="NumPost"/>.</summary>
    public T[] MatVec(BitSpikes spikes)
    {
        var result = new T[NumPre];
        MatVec(spikes, result);
        return result;
    }

    /// <summary><c>W @ s</c> for bit-packed spikes, written into <paramref name="result"/> (length <see cref="NumPre"/>).</summary>
    public void MatVec(BitSpikes spikes, Span<T> result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckVectorLengths(spikes.Length, result.Length, nameof(spikes), right: true);
        VectorProduct(new BitEventOperand<T>(spikes.Words), result, right: true);
    }

    /// <summary><c>s @ W</c> for bit-packed spikes of length <see cref="NumPre"/>.</summary>
    public T[] VecMat(BitSpikes spikes)
    {
        var result = new T[NumPost];
        VecMat(spikes, result);
        return result;
    }

    /// <summary><c>s @ W</c> for bit-packed spikes, written into <paramref name="result"/> (length <see cref="NumPost"/>).</summary>
    public void VecMat(BitSpikes spikes, Span<T> result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckVectorLengths(spikes.Length, result.Length, nameof(spikes), right: false);
        VectorProduct(new BitEventOperand<T>(spikes.Words), result, right: false);
    }

    /// <summary><c>W @ M</c> for <paramref name="m"/> of shape <c>(NumPost, b)</c>: shape <c>(NumPre, b)</c>.</summary>
    public T[,] MatMat(T[,] m)
    {
        ArgumentNullException.ThrowIfNull(m);
        CheckMatrixOperand(m.GetLength(0), nameof(m), right: true);
        var result = new T[NumPre, m.GetLength(1)];
        MatrixProduct(new DenseOperand<T>(Dense2D.Flat(m), m.GetLength(1)), m.GetLength(1), result, right: true);
        return result;
    }

    /// <summary><c>M @ W</c> for <paramref name="m"/> of shape <c>(b, NumPre)</c>: shape <c>(b, NumPost)</c>.</summary>
    public T[,] LeftMatMat(T[,] m)
    {
        ArgumentNullException.ThrowIfNull(m);
        CheckMatrixOperand(m.GetLength(1), nameof(m), right: false);
        var transposed = new T[m.Length];
        Dense2D.Transpose<T>(Dense2D.Flat(m), m.GetLength(0), m.GetLength(1), transposed);
        var result = new T[m.GetLength(0), NumPost];
        MatrixProduct(new DenseOperand<T>(transposed, m.GetLength(0)), m.GetLength(0), result, right: false);
        return result;
    }

    /// <summary><c>W @ S</c> for an event matrix <paramref name="spikes"/> of shape <c>(NumPost, b)</c>: shape <c>(NumPre, b)</c>.</summary>
    public T[,] MatMat(bool[,] spikes)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckMatrixOperand(spikes.GetLength(0), nameof(spikes), right: true);
        var result = new T[NumPre, spikes.GetLength(1)];
        MatrixProduct(new EventOperand<T>(Dense2D.Flat(spikes), spikes.GetLength(1)), spikes.GetLength(1), result, right: true);
        return result;
    }

    /// <summary><c>S @ W</c> for an event matrix <paramref name="spikes"/> of shape <c>(b, NumPre)</c>: shape <c>(b, NumPost)</c>.</summary>
    public T[,] LeftMatMat(bool[,] spikes)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckMatrixOperand(spikes.GetLength(1), nameof(spikes), right: false);
        var transposed = new bool[spikes.Length];
        Dense2D.Transpose<bool>(Dense2D.Flat(spikes), spikes.GetLength(0), spikes.GetLength(1), transposed);
        var result = new T[spikes.GetLength(0), NumPost];
        MatrixProduct(new EventOperand<T>(transposed, spikes.GetLength(0)), spikes.GetLength(0), result, right: false);
        return result;
    }

    /// <summary>
    /// Whether a product is a gather over the stored rows. <c>W @ x</c> gathers for FixedPost (its stored
    /// rows are W's rows) and scatters for FixedPre; <c>x @ W</c> is the other way round.
    /// </summary>
    private protected bool IsGather(bool right) => (Kind == FixedNumConnKind.FixedPost) == right;

    private void VectorProduct<TOperand>(TOperand x, Span<T> result, bool right)
        where TOperand : IOperand<T>, allows ref struct
    {
        var w = Data.Span;
        if (IsGather(right))
        {
            PlainKernels<T>.Gather(w, Indices.Span, NConn, x, 1, result);
        }
        else
        {
            PlainKernels<T>.Scatter(w, Indices.Span, NConn, x, 1, result);
        }
    }

    /// <summary>
    /// A matrix product with the operand as <c>[n, batch]</c>: for <c>W @ M</c> the operand is M itself,
    /// for <c>M @ W</c> it is M transposed, and the result is transposed back.
    /// </summary>
    private void MatrixProduct<TOperand>(TOperand x, int batch, T[,] result, bool right)
        where TOperand : IOperand<T>, allows ref struct
    {
        if (batch == 0)
        {
            return;
        }

        var w = Data.Span;
        var flat = Dense2D.Flat(result);
        var target = right ? flat : new T[flat.Length];
        if (IsGather(right))
        {
            PlainKernels<T>.Gather(w, Indices.Span, NConn, x, batch, target);
        }
        else
        {
            PlainKernels<T>.Scatter(w, Indices.Span, NConn, x, batch, target);
        }

        if (!right)
        {
            Dense2D.Transpose<T>(target, target.Length / batch, batch, flat);
        }
    }

    private void CheckVectorProduct<TIn>(ReadOnlySpan<TIn> input, Span<T> result, bool right)
        where TIn : struct
    {
        string inputName = typeof(TIn) == typeof(bool) ? "spikes" : "v";
        CheckVectorLengths(input.Length, result.Length, inputName, right);
        ConnValidation.RequireNoOverlap(input, result, inputName);
    }

    private void CheckVectorLengths(int inputLength, int resultLength, string inputName, bool right)
    {
        if (right)
        {
            ConnValidation.RequireLength(inputLength, NumPost, inputName, "NumPost, the columns of W, for W @ x");
            ConnValidation.RequireLength(resultLength, NumPre, "result", "NumPre, the rows of W, for W @ x");
        }
        else
        {
            ConnValidation.RequireLength(inputLength, NumPre, inputName, "NumPre, the rows of W, for x @ W");
            ConnValidation.RequireLength(resultLength, NumPost, "result", "NumPost, the columns of W, for x @ W");
        }
    }

    /// <summary>Checks the operand's dimension that meets W; <paramref name="shared"/> is that dimension's size.</summary>
    private void CheckMatrixOperand(int shared, string paramName, bool right)
    {
        if (right && shared != NumPost)
        {
            throw new ArgumentException(
                $"{paramName} must have {NumPost} rows (NumPost, the columns of W, for W @ M); got {shared}.", paramName);
        }

        if (!right && shared != NumPre)
        {
            throw new ArgumentException(
                $"{paramName} must have {NumPre} columns (NumPre, the rows of W, for M @ W); got {shared}.", paramName);
        }
    }
}
