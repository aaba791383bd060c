using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.Reference;

/// <summary>
/// Every public product computed by the plain loops of <see cref="PlainKernels{T}"/> from the matrix's
/// raw arrays, plus the same loops on |w| and |x| in double: the bound on rounding differences.
/// </summary>
public static class ReferenceProducts
{
    public enum Operand
    {
        Dense,
        Spikes,
    }

    /// <summary>The product <c>W @ x</c> (right) or <c>x @ W</c> (left), with its error scale.</summary>
    public static (T[] Result, double[] Scale) Vector<T>(FixedNumConn<T> w, T[] x, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = w.Data.ToArray();
        int outLength = right ? w.NumPre : w.NumPost;
        var result = new T[outLength];
        var scale = new double[outLength];
        bool gather = (w.Kind == FixedNumConnKind.FixedPost) == right;
        var absData = data.Select(d => Math.Abs(double.CreateChecked(d))).ToArray();
        var absX = x.Select(v => Math.Abs(double.CreateChecked(v))).ToArray();
        if (gather)
        {
            PlainKernels<T>.Gather(data, w.Indices.Span, w.NConn, new DenseOperand<T>(x, 1), 1, result);
            PlainKernels<double>.Gather(absData, w.Indices.Span, w.NConn, new DenseOperand<double>(absX, 1), 1, scale);
        }
        else
        {
            PlainKernels<T>.Scatter(data, w.Indices.Span, w.NConn, new DenseOperand<T>(x, 1), 1, result);
            PlainKernels<double>.Scatter(absData, w.Indices.Span, w.NConn, new DenseOperand<double>(absX, 1), 1, scale);
        }

        return (result, scale);
    }

    public static (T[] Result, double[] Scale) Event<T>(FixedNumConn<T> w, bool[] spikes, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = w.Data.ToArray();
        int outLength = right ? w.NumPre : w.NumPost;
        var result = new T[outLength];
        var scale = new double[outLength];
        bool gather = (w.Kind == FixedNumConnKind.FixedPost) == right;
        var absData = data.Select(d => Math.Abs(double.CreateChecked(d))).ToArray();
        if (gather)
        {
            PlainKernels<T>.Gather(data, w.Indices.Span, w.NConn, new EventOperand<T>(spikes, 1), 1, result);
            PlainKernels<double>.Gather(absData, w.Indices.Span, w.NConn, new EventOperand<double>(spikes, 1), 1, scale);
        }
        else
        {
            PlainKernels<T>.Scatter(data, w.Indices.Span, w.NConn, new EventOperand<T>(spikes, 1), 1, result);
            PlainKernels<double>.Scatter(absData, w.Indices.Span, w.NConn, new EventOperand<double>(spikes, 1), 1, scale);
        }

        return (result, scale);
    }

    /// <summary>
    /// <c>W @ M</c> (right, M is <c>[NumPost, b]</c>) or <c>M @ W</c> (left, M is <c>[b, NumPre]</c>), flat
    /// row-major, for values or spikes, with its error scale.
    /// </summary>
    public static (T[] Result, double[] Scale) Matrix<T>(FixedNumConn<T> w, T[]? values, bool[]? spikes, int batch, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = w.Data.ToArray();
        var absData = data.Select(d => Math.Abs(double.CreateChecked(d))).ToArray();
        int n = right ? w.NumPost : w.NumPre;
        int outRows = right ? w.NumPre : w.NumPost;

        // The plain kernels take the operand as [n, batch]: M itself on the right, M transposed on the left.
        T[]? x = values is null ? null : right ? values : Transpose(values, batch, n);
        bool[]? s = spikes is null ? null : right ? spikes : Transpose(spikes, batch, n);
        var absX = x?.Select(v => Math.Abs(double.CreateChecked(v))).ToArray();
        var result = new T[outRows * batch];
        var scale = new double[outRows * batch];
        bool gather = (w.Kind == FixedNumConnKind.FixedPost) == right;
        var idx = w.Indices.Span;
        if (gather && x is not null)
        {
            PlainKernels<T>.Gather(data, idx, w.NConn, new DenseOperand<T>(x, batch), batch, result);
            PlainKernels<double>.Gather(absData, idx, w.NConn, new DenseOperand<double>(absX!, batch), batch, scale);
        }
        else if (gather)
        {
            PlainKernels<T>.Gather(data, idx, w.NConn, new EventOperand<T>(s!, batch), batch, result);
            PlainKernels<double>.Gather(absData, idx, w.NConn, new EventOperand<double>(s!, batch), batch, scale);
        }
        else if (x is not null)
        {
            PlainKernels<T>.Scatter(data, idx, w.NConn, new DenseOperand<T>(x, batch), batch, result);
            PlainKernels<double>.Scatter(absData, idx, w.NConn, new DenseOperand<double>(absX!, batch), batch, scale);
        }
        else
        {
            PlainKernels<T>.Scatter(data, idx, w.NConn, new EventOperand<T>(s!, batch), batch, result);
            PlainKernels<double>.Scatter(absData, idx, w.NConn, new EventOperand<double>(s!, batch), batch, scale);
        }

        return right ? (result, scale) : (Transpose(result, outRows, batch), Transpose(scale, outRows, batch));
    }

    public static TItem[] Transpose<TItem>(TItem[] m, int rows, int cols)
    {
        var t = new TItem[m.Length];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                t[c * rows + r] = m[r * cols + c];
            }
        }

        return t;
    }

    /// <summary>
    /// Fast results must match the reference: NaN where it is NaN, the same infinity where it is infinite,
    /// and elsewhere within <c>(terms + 2) * eps * scale</c>.
    /// </summary>
    public static void AssertClose<T>(ReadOnlySpan<T> expected, ReadOnlySpan<double> scale, int terms, ReadOnlySpan<T> actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        double eps = typeof(T) == typeof(float) ? 6e-8 : 1.2e-16;
        for (int i = 0; i < expected.Length; i++)
        {
            T e = expected[i], a = actual[i];
            bool ok = T.IsNaN(e) ? T.IsNaN(a)
                : T.IsInfinity(e) ? a == e
                : !T.IsNaN(a) && Math.Abs(double.CreateChecked(a) - double.CreateChecked(e)) <= (terms + 2) * eps * scale[i];
            if (!ok)
            {
                Assert.Fail($"{what}: element {i} is {a}, the reference gives {e} (scale {scale[i]}).");
            }
        }
    }
}
