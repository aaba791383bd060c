using System.Numerics;
using System.Runtime.CompilerServices;
using BrainEvent.Kernels;

namespace BrainEvent;

/// <summary>
/// The gradient of a product with respect to the stored weights. Every product is bilinear in <c>W</c> and
/// its dense operand, so once its two sides are laid out along <c>W</c>'s axes, <c>pre</c> as
/// <c>[NumPre, b]</c> and <c>post</c> as <c>[NumPost, b]</c> (batch contiguous), the derivative with
/// respect to the weight of slot <c>s</c> is <c>G[pre(s), post(s)]</c> of <c>G = pre @ post^T</c>: a dot
/// product over the batch, computed only at the slots. One weight shared by every slot (homogeneous) gets
/// the sum over the slots.
/// </summary>
internal static unsafe class WeightGradientKernel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Writes <see cref="FixedNumConn{T}.Nse"/> slot gradients, or one sum when homogeneous, into <paramref name="dWeights"/>.</summary>
    public static void Run(FixedNumConn<T> w, ReadOnlySpan<T> pre, ReadOnlySpan<T> post, int batch, Span<T> dWeights)
    {
        // Slot (r, k) meets the stored row's side at row r and the other side at its index.
        var rowSide = w.StoredRowsArePre ? pre : post;
        var indexSide = w.StoredRowsArePre ? post : pre;
        bool homogeneous = w.IsHomogeneous;
        using var rowSums = new PooledBuffer<T>(homogeneous ? w.StorageRows : 0);
        fixed (T* rows = rowSide)
        fixed (T* targets = indexSide)
        fixed (int* indices = w.Indices.Span)
        fixed (T* output = homogeneous ? rowSums.Span : dWeights)
        {
            var job = new SlotDots
            {
                RowSide = rows,
                IndexSide = targets,
                Indices = indices,
                Output = output,
                NConn = w.NConn,
                Batch = batch,
                SumPerRow = homogeneous,
            };
            KernelParallel.ForRows(ref job, w.StorageRows, (int)Math.Min((long)w.NConn * batch, int.MaxValue));
        }

        if (homogeneous)
        {
            // Rows are summed in order after the parallel part, so the total is the same on any thread count.
            T total = T.Zero;
            foreach (T rowSum in rowSums.Span)
            {
                total += rowSum;
            }

            dWeights[0] = total;
        }
    }

    private static T Dot(T* x, T* y, int length)
    {
        int i = 0;
        T sum = T.Zero;
        if (Vector.IsHardwareAccelerated && length >= Vector<T>.Count)
        {
            var partial = Vector<T>.Zero;
            for (; i <= length - Vector<T>.Count; i += Vector<T>.Count)
            {
                partial += Vector.Load(x + i) * Vector.Load(y + i);
            }

            sum = Vector.Sum(partial);
        }

        for (; i < length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>Slot gradients of stored rows <c>[fromRow, toRow)</c>, or each row's sum of them.</summary>
    private struct SlotDots : IRowRangeJob
    {
        public T* RowSide;
        public T* IndexSide;
        public int* Indices;
        public T* Output;
        public int NConn;
        public int Batch;
        public bool SumPerRow;

        [MethodImpl(KernelRules.LoopCompilation)]
        public readonly void Execute(int fromRow, int toRow)
        {
            for (int r = fromRow; r < toRow; r++)
            {
                T* rowValues = RowSide + ((long)r * Batch);
                T rowSum = T.Zero;
                for (int k = 0; k < NConn; k++)
                {
                    int slot = (r * NConn) + k;
                    T gradient = Dot(rowValues, IndexSide + ((long)Indices[slot] * Batch), Batch);
                    if (SumPerRow)
                    {
                        rowSum += gradient;
                    }
                    else
                    {
                        Output[slot] = gradient;
                    }
                }

                if (SumPerRow)
                {
                    Output[r] = rowSum;
                }
            }
        }
    }
}
