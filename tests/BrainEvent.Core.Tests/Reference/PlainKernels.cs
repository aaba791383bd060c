using System.Numerics;

namespace BrainEvent.Tests.Reference;

/// <summary>
/// The products in storage terms, as plain loops. A stored row <c>r</c> holds slots
/// <c>r * nConn .. r * nConn + nConn - 1</c>; <c>w</c> has one value per slot or one for all.
/// <list type="bullet">
/// <item>gather: <c>y[r, c] = sum_k w[r, k] * x[idx[r, k], c]</c> (y has one row per stored row);</item>
/// <item>scatter: <c>y[idx[r, k], c] += w[r, k] * x[r, c]</c> (y has one row per index value).</item>
/// </list>
/// </summary>
public static class PlainKernels<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static void Gather<TOperand>(
        ReadOnlySpan<T> w, ReadOnlySpan<int> indices, int nConn, TOperand x, int batch, Span<T> y)
        where TOperand : IOperand<T>, allows ref struct
    {
        int rows = y.Length / batch;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < batch; c++)
            {
                T sum = T.Zero;
                for (int k = 0; k < nConn; k++)
                {
                    int slot = r * nConn + k;
                    int j = indices[slot];
                    if (x.IsActive(j, c))
                    {
                        sum += Weight(w, slot) * x.Value(j, c);
                    }
                }

                y[r * batch + c] = sum;
            }
        }
    }

    public static void Scatter<TOperand>(
        ReadOnlySpan<T> w, ReadOnlySpan<int> indices, int nConn, TOperand x, int batch, Span<T> y)
        where TOperand : IOperand<T>, allows ref struct
    {
        y.Clear();
        int rows = nConn == 0 ? 0 : indices.Length / nConn;
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < nConn; k++)
            {
                int slot = r * nConn + k;
                int j = indices[slot];
                for (int c = 0; c < batch; c++)
                {
                    if (x.IsActive(r, c))
                    {
                        y[j * batch + c] += Weight(w, slot) * x.Value(r, c);
                    }
                }
            }
        }
    }

    private static T Weight(ReadOnlySpan<T> w, int slot) => w.Length == 1 ? w[0] : w[slot];
}
