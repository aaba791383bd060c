using System.Numerics;
using BrainEvent.Jit;

namespace BrainEvent;

/// <summary>
/// A vector product of one matrix structure, compiled once, for hot loops: <c>x @ W</c>
/// (<see cref="FixedNumConn{T}.CompileVecMat"/>) or <c>W @ x</c> (<see cref="FixedNumConn{T}.CompileMatVec"/>).
/// Each operand form's kernel is resolved on first use and kept, so later calls skip the cache lookup.
/// It also runs with other weights of the same structure: any matrix of the same class, shape, connections
/// per row and value-graph structure (new buffers, new constants, other indices).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class CompiledProduct<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly FixedNumConn<T> _matrix;
    private readonly bool _right;
    private FusedKernel? _dense;
    private FusedKernel? _bools;
    private FusedKernel? _bits;

    internal CompiledProduct(FixedNumConn<T> matrix, bool right)
    {
        _matrix = matrix;
        _right = right;
    }

    /// <summary>The product with the compiled matrix's weights; <paramref name="result"/> is overwritten.</summary>
    public void Invoke(ReadOnlySpan<T> v, Span<T> result) => Invoke(_matrix, v, result);

    /// <summary>The event product with the compiled matrix's weights.</summary>
    public void Invoke(ReadOnlySpan<bool> spikes, Span<T> result) => Invoke(_matrix, spikes, result);

    /// <summary>The event product with bit-packed spikes and the compiled matrix's weights.</summary>
    public void Invoke(BitSpikes spikes, Span<T> result) => Invoke(_matrix, spikes, result);

    /// <summary>The product with other weights of the same structure.</summary>
    /// <exception cref="ArgumentException"><paramref name="weights"/> has another structure, or a length does not fit.</exception>
    public void Invoke(FixedNumConn<T> weights, ReadOnlySpan<T> v, Span<T> result)
    {
        RequireSameStructure(weights);
        weights.CheckVectorProduct(v, result, _right);
        weights.DenseVector(v, result, _right, Resolve(ref _dense, FusedKernelKind.Gather, weights, mirror: !weights.IsGather(_right)));
    }

    /// <summary>The event product with other weights of the same structure.</summary>
    /// <exception cref="ArgumentException"><paramref name="weights"/> has another structure, or a length does not fit.</exception>
    public void Invoke(FixedNumConn<T> weights, ReadOnlySpan<bool> spikes, Span<T> result)
    {
        RequireSameStructure(weights);
        weights.CheckVectorProduct(spikes, result, _right);
        weights.BoolEventVector(spikes, result, _right, Resolve(ref _bools, FusedKernelKind.EventScatterBools, weights, mirror: weights.IsGather(_right)));
    }

    /// <summary>The event product with bit-packed spikes and other weights of the same structure.</summary>
    /// <exception cref="ArgumentException"><paramref name="weights"/> has another structure, or a length does not fit.</exception>
    public void Invoke(FixedNumConn<T> weights, BitSpikes spikes, Span<T> result)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        RequireSameStructure(weights);
        weights.CheckVectorLengths(spikes.Length, result.Length, nameof(spikes), _right);
        weights.BitEventVector(spikes, result, _right, Resolve(ref _bits, FusedKernelKind.EventScatterBits, weights, mirror: weights.IsGather(_right)));
    }

    /// <summary>A chain's kernel, looked up once; null for weights that need none (stored or homogeneous).</summary>
    private static FusedKernel? Resolve(ref FusedKernel? slot, FusedKernelKind kind, FixedNumConn<T> weights, bool mirror) =>
        !RuntimeCompilation.IsSupported || weights.FusionGraph() is null ? null : slot ??= FusedRunner<T>.KernelFor(kind, weights, mirror);

    private void RequireSameStructure(FixedNumConn<T> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!ReferenceEquals(weights, _matrix)
            && (weights.Kind != _matrix.Kind || weights.Shape != _matrix.Shape || weights.NConn != _matrix.NConn
                || !weights.ValueStructure.Equals(_matrix.ValueStructure)))
        {
            throw new ArgumentException(
                $"weights must have the compiled structure: {_matrix.Kind} of shape {_matrix.Shape}, nConn {_matrix.NConn}, values {_matrix.ValueStructure.Text}; " +
                $"got {weights.Kind} of shape {weights.Shape}, nConn {weights.NConn}, values {weights.ValueStructure.Text}.",
                nameof(weights));
        }
    }
}
