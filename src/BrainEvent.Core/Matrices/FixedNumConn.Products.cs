using System.Buffers;
using BrainEvent.Graph;
using BrainEvent.Jit;
using BrainEvent.Kernels;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// <c>W @ x</c> compiled once for hot loops: the returned handle keeps the compiled kernels of this
    /// matrix's structure and skips the cache lookup on each call.
    /// </summary>
    public CompiledProduct<T> CompileMatVec() => new(this, right: true);

    /// <summary>
    /// <c>x @ W</c> compiled once for hot loops (e.g. <c>spikes @ W</c> every time step): the returned
    /// handle keeps the compiled kernels of this matrix's structure and skips the cache lookup on each call.
    /// </summary>
    public CompiledProduct<T> CompileVecMat() => new(this, right: false);

    /// <summary><c>W @ v</c>: a vector of length <see cref="NumPre"/>.</summary>
    /// <param name="v">A vector of length <see cref="NumPost"/>.</param>
    public T[] MatVec(ReadOnlySpan<T> v)
    {
        var result = NewVector(v.Length, nameof(v), right: true);
        MatVec(v, result);
        return result;
    }

    /// <summary><c>W @ v</c> written into <paramref name="result"/> (length <see cref="NumPre"/>), which it overwrites. Allocates nothing.</summary>
    public void MatVec(ReadOnlySpan<T> v, Span<T> result)
    {
        CheckVectorProduct(v, result, right: true);
        DenseVector(v, result, right: true);
    }

    /// <summary><c>v @ W</c>: a vector of length <see cref="NumPost"/>.</summary>
    /// <param name="v">A vector of length <see cref="NumPre"/>.</param>
    public T[] VecMat(ReadOnlySpan<T> v)
    {
        var result = NewVector(v.Length, nameof(v), right: false);
        VecMat(v, result);
        return result;
    }

    /// <summary><c>v @ W</c> written into <paramref name="result"/> (length <see cref="NumPost"/>), which it overwrites. Allocates nothing.</summary>
    public void VecMat(ReadOnlySpan<T> v, Span<T> result)
    {
        CheckVectorProduct(v, result, right: false);
        DenseVector(v, result, right: false);
    }

    /// <summary><c>W @ s</c> for a spike vector <paramref name="spikes"/> of length <see cref="NumPost"/> (true = active, counts as 1).</summary>
    public T[] MatVec(ReadOnlySpan<bool> spikes)
    {
        var result = NewVector(spikes.Length, nameof(spikes), right: true);
        MatVec(spikes, result);
        return result;
    }

    /// <summary><c>W @ s</c> written into <paramref name="result"/> (length <see cref="NumPre"/>). Allocates nothing.</summary>
    public void MatVec(ReadOnlySpan<bool> spikes, Span<T> result)
    {
        CheckVectorProduct(spikes, result, right: true);
        BoolEventVector(spikes, result, right: true);
    }

    /// <summary>
    /// <c>s @ W</c> for a spike vector <paramref name="spikes"/> of length <see cref="NumPre"/>: the synaptic
    /// input of one simulation step for FixedPost. Only active rows count.
    /// </summary>
    public T[] VecMat(ReadOnlySpan<bool> spikes)
    {
        var result = NewVector(spikes.Length, nameof(spikes), right: false);
        VecMat(spikes, result);
        return result;
    }

    /// <summary><c>s @ W</c> written into <paramref name="result"/> (length <see cref="NumPost"/>). Allocates nothing.</summary>
    public void VecMat(ReadOnlySpan<bool> spikes, Span<T> result)
    {
        CheckVectorProduct(spikes, result, right: false);
        BoolEventVector(spikes, result, right: false);
    }

    /// <summary><c>W @ s</c> for bit-packed spikes of length <see cref="NumPost"/>.</summary>
    public T[] MatVec(BitSpikes spikes)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        var result = NewVector(spikes.Length, nameof(spikes), right: true);
        MatVec(spikes, result);
        return result;
    }

    /// <summary><c>W @ s</c> for bit-packed spikes, written into <paramref name="result"/> (length <see cref="NumPre"/>). Allocates nothing.</summary>
    public void MatVec(BitSpikes spikes, Span<T> result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckVectorLengths(spikes.Length, result.Length, nameof(spikes), right: true);
        BitEventVector(spikes, result, right: true);
    }

    /// <summary><c>s @ W</c> for bit-packed spikes of length <see cref="NumPre"/>.</summary>
    public T[] VecMat(BitSpikes spikes)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        var result = NewVector(spikes.Length, nameof(spikes), right: false);
        VecMat(spikes, result);
        return result;
    }

    /// <summary><c>s @ W</c> for bit-packed spikes, written into <paramref name="result"/> (length <see cref="NumPost"/>). Allocates nothing.</summary>
    public void VecMat(BitSpikes spikes, Span<T> result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckVectorLengths(spikes.Length, result.Length, nameof(spikes), right: false);
        BitEventVector(spikes, result, right: false);
    }

    /// <summary><c>W @ M</c> for <paramref name="m"/> of shape <c>(NumPost, b)</c>: shape <c>(NumPre, b)</c>.</summary>
    public T[,] MatMat(T[,] m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var result = NewMatrix(m, m.GetLength(0), m.GetLength(1), nameof(m), right: true);
        MatMat(m, result);
        return result;
    }

    /// <summary><c>W @ M</c> written into <paramref name="result"/> of shape <c>(NumPre, b)</c>, which it overwrites; it must not be <paramref name="m"/>.</summary>
    public void MatMat(T[,] m, T[,] result)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(result);
        CheckMatrixProduct(m.GetLength(0), m.GetLength(1), result, nameof(m), right: true);
        RequireAddressable(m, nameof(m));
        ConnValidation.RequireNoOverlap(m, result, nameof(m));
        MatrixProduct(m, result, events: false, right: true);
    }

    /// <summary><c>M @ W</c> for <paramref name="m"/> of shape <c>(b, NumPre)</c>: shape <c>(b, NumPost)</c>.</summary>
    public T[,] LeftMatMat(T[,] m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var result = NewMatrix(m, m.GetLength(1), m.GetLength(0), nameof(m), right: false);
        LeftMatMat(m, result);
        return result;
    }

    /// <summary><c>M @ W</c> written into <paramref name="result"/> of shape <c>(b, NumPost)</c>, which it overwrites; it must not be <paramref name="m"/>.</summary>
    public void LeftMatMat(T[,] m, T[,] result)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(result);
        CheckMatrixProduct(m.GetLength(1), m.GetLength(0), result, nameof(m), right: false);
        RequireAddressable(m, nameof(m));
        ConnValidation.RequireNoOverlap(m, result, nameof(m));
        MatrixProduct(m, result, events: false, right: false);
    }

    /// <summary><c>W @ S</c> for an event matrix <paramref name="spikes"/> of shape <c>(NumPost, b)</c>: shape <c>(NumPre, b)</c>.</summary>
    public T[,] MatMat(bool[,] spikes)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        var result = NewMatrix(spikes, spikes.GetLength(0), spikes.GetLength(1), nameof(spikes), right: true);
        MatMat(spikes, result);
        return result;
    }

    /// <summary><c>W @ S</c> written into <paramref name="result"/> of shape <c>(NumPre, b)</c>, which it overwrites.</summary>
    public void MatMat(bool[,] spikes, T[,] result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        ArgumentNullException.ThrowIfNull(result);
        CheckMatrixProduct(spikes.GetLength(0), spikes.GetLength(1), result, nameof(spikes), right: true);
        RequireAddressable(spikes, nameof(spikes));
        MatrixProduct(spikes, result, events: true, right: true);
    }

    /// <summary><c>S @ W</c> for an event matrix <paramref name="spikes"/> of shape <c>(b, NumPre)</c>: shape <c>(b, NumPost)</c>.</summary>
    public T[,] LeftMatMat(bool[,] spikes)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        var result = NewMatrix(spikes, spikes.GetLength(1), spikes.GetLength(0), nameof(spikes), right: false);
        LeftMatMat(spikes, result);
        return result;
    }

    /// <summary><c>S @ W</c> written into <paramref name="result"/> of shape <c>(b, NumPost)</c>, which it overwrites.</summary>
    public void LeftMatMat(bool[,] spikes, T[,] result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        ArgumentNullException.ThrowIfNull(result);
        CheckMatrixProduct(spikes.GetLength(1), spikes.GetLength(0), result, nameof(spikes), right: false);
        RequireAddressable(spikes, nameof(spikes));
        MatrixProduct(spikes, result, events: true, right: false);
    }

    /// <summary>
    /// Whether a product is a gather over the stored rows. <c>W @ x</c> gathers for FixedPost (its stored
    /// rows are W's rows) and scatters for FixedPre; <c>x @ W</c> is the other way round. A scatter runs
    /// as a gather over the column mirror.
    /// </summary>
    internal bool IsGather(bool right) => (Kind == FixedNumConnKind.FixedPost) == right;

    /// <summary>
    /// The graph to compile when the values are a lazy chain with per-slot values and this process can
    /// compile; a homogeneous chain needs no kernel (it is one value).
    /// </summary>
    internal WeightGraph<T>? FusionGraph()
    {
        if (!IsLazy || IsHomogeneous)
        {
            return null;
        }

        return FusedRunner<T>.CanFuse(WeightGraph) ? WeightGraph : null;
    }

    /// <summary>
    /// The values the library kernels read: the stored ones (in mirror order when asked), one homogeneous
    /// value (a chain's evaluated into <paramref name="scalar"/>, without allocating), or, for a chain this
    /// process cannot compile, the interpreted values.
    /// </summary>
    private ReadOnlySpan<T> KernelValues(bool mirrorOrder, ref T scalar, out bool broadcast)
    {
        broadcast = IsHomogeneous;
        if (broadcast)
        {
            scalar = GraphInterpreter<T>.EvaluateBroadcast(Values);
            return new ReadOnlySpan<T>(ref scalar);
        }

        var leaf = Values as BufferLeaf<T> ?? new BufferLeaf<T>(EvaluateToArray(), broadcast: false);
        return mirrorOrder ? leaf.InMirrorOrder(Structure.Mirror).Span : leaf.Values.Span;
    }

    /// <summary><paramref name="kernel"/>: a compiled kernel resolved in advance (<see cref="CompiledProduct{T}"/>), else looked up.</summary>
    internal unsafe void DenseVector(ReadOnlySpan<T> v, Span<T> result, bool right, FusedKernel? kernel = null)
    {
        bool mirror = !IsGather(right);
        fixed (T* x = v)
        fixed (T* y = result)
        {
            if (FusionGraph() is { } graph)
            {
                FusedRunner<T>.Gather(this, graph, x, y, mirror, kernel);
                return;
            }

            T scalar = default;
            fixed (T* w = KernelValues(mirror, ref scalar, out bool broadcast))
            {
                if (!mirror)
                {
                    fixed (int* indices = Indices.Span)
                    {
                        GatherKernel<T>.Run(new RowSegments(StorageRows, NConn), w, broadcast, indices, x, y);
                    }
                }
                else
                {
                    var columns = Structure.Mirror;
                    fixed (int* indptr = columns.Indptr)
                    fixed (int* rows = columns.RowOfSlot)
                    {
                        GatherKernel<T>.Run(new ColumnSegments(indptr, Structure.IndexBound), w, broadcast, rows, x, y);
                    }
                }
            }
        }
    }

    internal unsafe void BitEventVector(BitSpikes spikes, Span<T> result, bool right, FusedKernel? kernel = null)
    {
        fixed (ulong* words = spikes.Words)
        {
            EventVector((nint)words, spikes.Length, bitPacked: true, result, right, kernel);
        }
    }

    internal unsafe void BoolEventVector(ReadOnlySpan<bool> spikes, Span<T> result, bool right, FusedKernel? kernel = null)
    {
        fixed (bool* s = spikes)
        {
            EventVector((nint)s, spikes.Length, bitPacked: false, result, right, kernel);
        }
    }

    /// <summary>
    /// An event product touches only the segments of active neurons: the stored rows when the spikes index
    /// them (the scatter direction), else the mirror columns. <paramref name="active"/> holds words of bits
    /// or bools.
    /// </summary>
    private unsafe void EventVector(nint active, int activeLength, bool bitPacked, Span<T> result, bool right, FusedKernel? kernel)
    {
        bool mirror = IsGather(right);
        fixed (T* y = result)
        {
            if (FusionGraph() is { } graph)
            {
                FusedRunner<T>.EventScatter(this, graph, active, activeLength, bitPacked, y, result.Length, mirror, kernel);
                return;
            }

            T scalar = default;
            fixed (T* w = KernelValues(mirror, ref scalar, out bool broadcast))
            {
                if (bitPacked)
                {
                    EventScatter(new BitSource((ulong*)active, BitSpikes.WordCount(activeLength)), w, broadcast, y, result.Length, mirror);
                }
                else
                {
                    EventScatter(new BoolSource((byte*)active, activeLength), w, broadcast, y, result.Length, mirror);
                }
            }
        }
    }

    private unsafe void EventScatter<TSource>(TSource active, T* w, bool broadcast, T* y, int outputLength, bool mirror)
        where TSource : struct, IActiveSource
    {
        if (!mirror)
        {
            fixed (int* indices = Indices.Span)
            {
                EventScatterKernel<T>.Run(new RowSegments(StorageRows, NConn), w, broadcast, indices, active, y, outputLength);
            }
        }
        else
        {
            var columns = Structure.Mirror;
            fixed (int* indptr = columns.Indptr)
            fixed (int* rows = columns.RowOfSlot)
            {
                EventScatterKernel<T>.Run(new ColumnSegments(indptr, Structure.IndexBound), w, broadcast, rows, active, y, outputLength);
            }
        }
    }

    /// <summary>
    /// A matrix product with the operand as <c>[n, batch]</c>: for <c>W @ M</c> the operand is M itself, for
    /// <c>M @ W</c> it is M transposed (into a pooled buffer) and the result is transposed back.
    /// </summary>
    private unsafe void MatrixProduct<TOperand>(TOperand[,] m, T[,] result, bool events, bool right)
        where TOperand : unmanaged
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
                BatchProduct((byte*)x, events, batch, y, mirror: !IsGather(right));
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

    private unsafe void BatchProduct(byte* x, bool events, int batch, T* y, bool mirror)
    {
        if (FusionGraph() is { } graph)
        {
            FusedRunner<T>.Batch(this, graph, x, events, batch, y, mirror);
            return;
        }

        T scalar = default;
        fixed (T* w = KernelValues(mirror, ref scalar, out bool broadcast))
        {
            if (!mirror)
            {
                fixed (int* indices = Indices.Span)
                {
                    RunBatch(new RowSegments(StorageRows, NConn), w, broadcast, indices, x, events, batch, y);
                }
            }
            else
            {
                var columns = Structure.Mirror;
                fixed (int* indptr = columns.Indptr)
                fixed (int* rows = columns.RowOfSlot)
                {
                    RunBatch(new ColumnSegments(indptr, Structure.IndexBound), w, broadcast, rows, x, events, batch, y);
                }
            }
        }
    }

    private static unsafe void RunBatch<TSegments>(TSegments segments, T* w, bool broadcast, int* targets, byte* x, bool events, int batch, T* y)
        where TSegments : struct, ISegments
    {
        if (typeof(T) == typeof(float))
        {
            BatchDispatch.Run(segments, (float*)w, broadcast, targets, x, events, batch, (float*)y);
        }
        else
        {
            BatchDispatch.Run(segments, (double*)w, broadcast, targets, x, events, batch, (double*)y);
        }
    }

    internal void CheckVectorProduct<TIn>(ReadOnlySpan<TIn> input, Span<T> result, bool right)
        where TIn : struct
    {
        string inputName = typeof(TIn) == typeof(bool) ? "spikes" : "v";
        CheckVectorLengths(input.Length, result.Length, inputName, right);
        ConnValidation.RequireNoOverlap(input, result, inputName);
    }

    internal void CheckVectorLengths(int inputLength, int resultLength, string inputName, bool right)
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

    /// <summary>
    /// Checks the operand's dimension that meets W (<paramref name="shared"/>) and the result's shape; for
    /// <c>W @ M</c> the batch is M's columns, for <c>M @ W</c> its rows.
    /// </summary>
    private void CheckMatrixProduct(int shared, int batch, Array result, string paramName, bool right)
    {
        CheckMatrixShapes(shared, batch, result.GetLength(0), result.GetLength(1), paramName, right);
        RequireAddressable(result, "result");
    }

    /// <summary>
    /// A new result of <c>W @ x</c> (right) or <c>x @ W</c> for an input of <paramref name="inputLength"/>:
    /// the input is checked first, so nothing is allocated for a bad call, and a result longer than the
    /// largest array is refused rather than an <see cref="OutOfMemoryException"/>.
    /// </summary>
    private T[] NewVector(int inputLength, string inputName, bool right)
    {
        int length = right ? NumPre : NumPost;
        CheckVectorLengths(inputLength, length, inputName, right);
        if (length > Array.MaxLength)
        {
            throw new InvalidOperationException(
                $"The result would have {length} elements, more than the largest array ({Array.MaxLength}); pass a Span<{typeof(T).Name}> result instead.");
        }

        return new T[length];
    }

    /// <summary>
    /// A new result of a matrix product after checking the operand (its shared dimension and its size), so a
    /// bad call allocates nothing and a result larger than one array can hold is an <see cref="ArgumentException"/>.
    /// </summary>
    private T[,] NewMatrix(Array operand, int shared, int batch, string paramName, bool right)
    {
        var (rows, cols) = right ? (NumPre, batch) : (batch, NumPost);
        CheckMatrixShapes(shared, batch, rows, cols, paramName, right);
        RequireAddressable(operand, paramName);
        if ((long)rows * cols > Array.MaxLength)
        {
            throw new ArgumentException(
                $"The result would have {rows} x {cols} = {(long)rows * cols} elements, more than the largest array ({Array.MaxLength}); multiply a smaller batch at a time.",
                paramName);
        }

        return new T[rows, cols];
    }

    /// <summary>Products view a matrix as one span, which holds at most <see cref="Array.MaxLength"/> elements.</summary>
    private static void RequireAddressable(Array matrix, string paramName)
    {
        if (matrix.LongLength > Array.MaxLength)
        {
            throw new ArgumentException(
                $"{paramName} has {matrix.GetLength(0)} x {matrix.GetLength(1)} = {matrix.LongLength} elements, more than a product can address ({Array.MaxLength}); multiply a smaller batch at a time.",
                paramName);
        }
    }

    internal void CheckMatrixShapes(int shared, int batch, int resultRows, int resultCols, string paramName, bool right)
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

        var expected = right ? (NumPre, batch) : (batch, NumPost);
        var actual = (resultRows, resultCols);
        if (actual != expected)
        {
            throw new ArgumentException($"result must have shape {expected}; got {actual}.", "result");
        }
    }
}
