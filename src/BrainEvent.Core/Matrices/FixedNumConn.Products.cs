using BrainEvent.Generated;
using BrainEvent.Graph;
using BrainEvent.Jit;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Weights;

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
        CheckBitProduct(spikes, result, right: true);
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
        CheckBitProduct(spikes, result, right: false);
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
        CheckMatrixProduct(m, result, nameof(m), right: true);
        MatrixProduct(m, result, right: true);
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
        CheckMatrixProduct(m, result, nameof(m), right: false);
        MatrixProduct(m, result, right: false);
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
        CheckMatrixProduct(spikes, result, nameof(spikes), right: true);
        MatrixProduct(spikes, result, right: true);
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
        CheckMatrixProduct(spikes, result, nameof(spikes), right: false);
        MatrixProduct(spikes, result, right: false);
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

        return RuntimeCompilation.IsSupported && FusedRunner<T>.CanFuse(WeightGraph) ? WeightGraph : null;
    }

    /// <summary>
    /// The values kernels read: the stored ones (in mirror order when asked), one homogeneous value (a chain's
    /// evaluated into <paramref name="scalar"/>, without allocating), or, for a chain that is not fused
    /// (this process cannot compile, or a generated kernel transforms the values), the interpreted values.
    /// </summary>
    internal ReadOnlySpan<T> KernelValues(bool mirrorOrder, ref T scalar, out bool broadcast)
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
        if (!RuntimeCompilation.IsSupported || FusionGraph() is not { } graph)
        {
            ProductRunner<T>.DenseVector<RuntimeConnCount, TransformPlan<T, IdentityTransform<T>>>(this, ProductRunner<T>.Stored, v, result, right);
            return;
        }

        fixed (T* x = v)
        fixed (T* y = result)
        {
            FusedRunner<T>.Gather(this, graph, x, y, mirror: !IsGather(right), kernel);
        }
    }

    internal unsafe void BitEventVector(BitSpikes spikes, Span<T> result, bool right, FusedKernel? kernel = null)
    {
        if (!RuntimeCompilation.IsSupported || FusionGraph() is not { } graph)
        {
            ProductRunner<T>.BitEvents<RuntimeConnCount, TransformPlan<T, IdentityTransform<T>>>(this, ProductRunner<T>.Stored, spikes, result, right);
            return;
        }

        fixed (ulong* words = spikes.Words)
        fixed (T* y = result)
        {
            FusedRunner<T>.EventScatter(this, graph, (nint)words, spikes.Length, bitPacked: true, y, result.Length, mirror: IsGather(right), kernel);
        }
    }

    internal unsafe void BoolEventVector(ReadOnlySpan<bool> spikes, Span<T> result, bool right, FusedKernel? kernel = null)
    {
        if (!RuntimeCompilation.IsSupported || FusionGraph() is not { } graph)
        {
            ProductRunner<T>.BoolEvents<RuntimeConnCount, TransformPlan<T, IdentityTransform<T>>>(this, ProductRunner<T>.Stored, spikes, result, right);
            return;
        }

        fixed (bool* s = spikes)
        fixed (T* y = result)
        {
            FusedRunner<T>.EventScatter(this, graph, (nint)s, spikes.Length, bitPacked: false, y, result.Length, mirror: IsGather(right), kernel);
        }
    }

    private void MatrixProduct<TOperand>(TOperand[,] m, T[,] result, bool right)
        where TOperand : unmanaged
    {
        var product = new LibraryBatch(this, right);
        ProductRunner<T>.Matrix(m, result, right, ref product);
    }

    /// <summary>The library's matrix product on a <c>[n, batch]</c> operand: fused for a lazy chain, else on the stored weights.</summary>
    private readonly unsafe struct LibraryBatch(FixedNumConn<T> w, bool right) : IBatchProduct<T>
    {
        public void Run(byte* x, bool events, int batch, T* y)
        {
            if (RuntimeCompilation.IsSupported && w.FusionGraph() is { } graph)
            {
                FusedRunner<T>.Batch(w, graph, x, events, batch, y, mirror: !w.IsGather(right));
            }
            else
            {
                ProductRunner<T>.Batch<RuntimeConnCount, TransformPlan<T, IdentityTransform<T>>>(w, ProductRunner<T>.Stored, x, events, batch, y, right);
            }
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

    internal void CheckBitProduct(BitSpikes spikes, Span<T> result, bool right)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        CheckVectorLengths(spikes.Length, result.Length, nameof(spikes), right);
    }

    /// <summary>
    /// Checks a matrix product: the operand's dimension that meets W and the result's shape (for <c>W @ M</c>
    /// the batch is M's columns, for <c>M @ W</c> its rows), and that a value operand is not the result.
    /// </summary>
    internal void CheckMatrixProduct<TIn>(TIn[,] m, T[,] result, string paramName, bool right)
        where TIn : struct
    {
        ArgumentNullException.ThrowIfNull(m, paramName);
        ArgumentNullException.ThrowIfNull(result);
        int shared = right ? m.GetLength(0) : m.GetLength(1);
        int batch = right ? m.GetLength(1) : m.GetLength(0);
        CheckMatrixShapes(shared, batch, result.GetLength(0), result.GetLength(1), paramName, right);
        RequireAddressable(m, paramName);
        RequireAddressable(result, "result");
        // A bool[,] of spikes is an array of its own and never the T[,] result, so only a value operand can be it.
        if (typeof(TIn) != typeof(bool))
        {
            ConnValidation.RequireNoOverlap(m, result, paramName);
        }
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
