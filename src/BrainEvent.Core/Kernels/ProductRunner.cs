using System.Buffers;
using System.Numerics;
using BrainEvent.Generated;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels;

/// <summary>
/// Runs a checked product with a weight plan: picks the layout it walks (stored rows, or mirror columns for
/// the other direction), pins the layout and the operands, and hands them to the kernel through the plan.
/// The library's own products (<see cref="Stored"/>) and the generated ones (<see cref="FixedNumKernels"/>)
/// both end here, so each product walks memory one way.
/// </summary>
internal static unsafe class ProductRunner<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The weights as stored: the plan of the library's own products.</summary>
    public static TransformPlan<T, IdentityTransform<T>> Stored => default;

    /// <summary><c>W @ v</c> or <c>v @ W</c>: a gather over the stored rows, or over the mirror for the scatter direction.</summary>
    public static void DenseVector<TConn, TPlan>(FixedNumConn<T> w, TPlan plan, ReadOnlySpan<T> v, Span<T> result, bool right)
        where TConn : struct, IConnCount
        where TPlan : struct, IWeightPlan<T>
    {
        fixed (T* x = v)
        fixed (T* y = result)
        {
            var call = new GatherCall<T>(x, y);
            Run<TConn, TPlan, GatherCall<T>>(w, plan, mirror: !w.IsGather(right), ref call);
        }
    }

    /// <summary>An event product on bool spikes: the active stored rows in the scatter direction, else the active mirror columns.</summary>
    public static void BoolEvents<TConn, TPlan>(FixedNumConn<T> w, TPlan plan, ReadOnlySpan<bool> spikes, Span<T> result, bool right)
        where TConn : struct, IConnCount
        where TPlan : struct, IWeightPlan<T>
    {
        fixed (bool* s = spikes)
        fixed (T* y = result)
        {
            var call = new EventCall<T, BoolSource>(new BoolSource((byte*)s, spikes.Length), y, result.Length);
            Run<TConn, TPlan, EventCall<T, BoolSource>>(w, plan, mirror: w.IsGather(right), ref call);
        }
    }

    /// <summary>An event product on bit-packed spikes.</summary>
    public static void BitEvents<TConn, TPlan>(FixedNumConn<T> w, TPlan plan, BitSpikes spikes, Span<T> result, bool right)
        where TConn : struct, IConnCount
        where TPlan : struct, IWeightPlan<T>
    {
        fixed (ulong* words = spikes.Words)
        fixed (T* y = result)
        {
            var call = new EventCall<T, BitSource>(new BitSource(words, BitSpikes.WordCount(spikes.Length)), y, result.Length);
            Run<TConn, TPlan, EventCall<T, BitSource>>(w, plan, mirror: w.IsGather(right), ref call);
        }
    }

    /// <summary>A matrix product on a <c>[n, batch]</c> operand <paramref name="x"/> (values, or bool spikes when <paramref name="events"/>).</summary>
    public static void Batch<TConn, TPlan>(FixedNumConn<T> w, TPlan plan, byte* x, bool events, int batch, T* y, bool right)
        where TConn : struct, IConnCount
        where TPlan : struct, IWeightPlan<T>
    {
        var call = new BatchCall<T>(x, events, batch, y);
        Run<TConn, TPlan, BatchCall<T>>(w, plan, mirror: !w.IsGather(right), ref call);
    }

    /// <summary>
    /// A matrix product with the operand as <c>[n, batch]</c>: for <c>W @ M</c> the operand is M itself, for
    /// <c>M @ W</c> it is M transposed (into a pooled buffer) and the result is transposed back.
    /// </summary>
    public static void Matrix<TOperand, TProduct>(TOperand[,] m, T[,] result, bool right, ref TProduct product)
        where TOperand : unmanaged
        where TProduct : struct, IBatchProduct<T>
    {
        int batch = right ? m.GetLength(1) : m.GetLength(0);
        if (batch == 0)
        {
            return;
        }

        TOperand[]? operandScratch = null;
        T[]? resultScratch = null;
        try
        {
            Span<TOperand> operand = Dense2D.Flat(m);
            Span<T> target = Dense2D.Flat(result);
            if (!right)
            {
                operandScratch = ArrayPool<TOperand>.Shared.Rent(m.Length);
                Dense2D.Transpose<TOperand>(operand, m.GetLength(0), m.GetLength(1), operandScratch);
                operand = operandScratch.AsSpan(0, m.Length);
                resultScratch = ArrayPool<T>.Shared.Rent(result.Length);
                target = resultScratch.AsSpan(0, result.Length);
            }

            fixed (TOperand* x = operand)
            fixed (T* y = target)
            {
                product.Run((byte*)x, typeof(TOperand) == typeof(bool), batch, y);
            }

            if (!right)
            {
                Dense2D.Transpose<T>(target, target.Length / batch, batch, Dense2D.Flat(result));
            }
        }
        finally
        {
            if (operandScratch is not null)
            {
                ArrayPool<TOperand>.Shared.Return(operandScratch);
            }

            if (resultScratch is not null)
            {
                ArrayPool<T>.Shared.Return(resultScratch);
            }
        }
    }

    private static void Run<TConn, TPlan, TKernel>(FixedNumConn<T> w, TPlan plan, bool mirror, ref TKernel kernel)
        where TConn : struct, IConnCount
        where TPlan : struct, IWeightPlan<T>
        where TKernel : struct, IKernelCall<T>
    {
        if (!mirror)
        {
            fixed (int* indices = w.Indices.Span)
            {
                plan.Run(w, new RowSegments<TConn>(w.StorageRows, w.NConn), indices, mirror, ref kernel);
            }

            return;
        }

        var columns = w.Structure.Mirror;
        fixed (int* indptr = columns.Indptr)
        fixed (int* rows = columns.RowOfSlot)
        {
            plan.Run(w, new ColumnSegments(indptr, w.Structure.IndexBound), rows, mirror, ref kernel);
        }
    }
}

/// <summary>The batch product a <see cref="ProductRunner{T}.Matrix{TOperand, TProduct}"/> call runs once its operand is <c>[n, batch]</c>.</summary>
internal unsafe interface IBatchProduct<T>
    where T : unmanaged
{
    void Run(byte* x, bool events, int batch, T* y);
}

/// <summary>The batch product of a weight plan.</summary>
internal readonly unsafe struct PlanBatch<T, TConn, TPlan>(FixedNumConn<T> w, TPlan plan, bool right) : IBatchProduct<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TConn : struct, IConnCount
    where TPlan : struct, IWeightPlan<T>
{
    public void Run(byte* x, bool events, int batch, T* y) => ProductRunner<T>.Batch<TConn, TPlan>(w, plan, x, events, batch, y, right);
}
