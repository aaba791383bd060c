using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// The products of a fused implementation (weights transformed inside the kernels), in one shape for every
/// implementation under test: generated kernels implement it through an adapter added to each test model, and
/// a runtime-compiled path can implement it too. <c>g</c> is empty unless the transform takes a per-synapse operand.
/// </summary>
public interface IFusedProducts<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    string Name { get; }

    /// <summary>Whether the products take the per-synapse operand <c>g</c>.</summary>
    bool HasPerSynapse { get; }

    void MatVec(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result);

    void VecMat(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result);

    void MatVec(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result);

    void VecMat(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result);

    void MatVec(FixedNumConn<T> w, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result);

    void VecMat(FixedNumConn<T> w, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result);

    void MatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, T[,] m, T[,] result);

    void LeftMatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, T[,] m, T[,] result);

    void MatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, bool[,] spikes, T[,] result);

    void LeftMatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, bool[,] spikes, T[,] result);
}

/// <summary>A test model: its generated products, and its own transform method, which the reference applies through the library.</summary>
public interface IKernelModel<T> : IFusedProducts<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The model's <c>[WeightTransform]</c> method (the identity without one); <c>g</c> is ignored without <c>[PerSynapse]</c>.</summary>
    T Transform(T w, T g);

    /// <summary>
    /// The model's <see cref="ModelCase.Lambda"/> as a lazy chain on <paramref name="w"/> (<paramref name="g"/>: the
    /// per-synapse values in slot order), <paramref name="w"/> itself without a transform, or null without a lambda.
    /// </summary>
    FixedNumConn<T>? Chain(FixedNumConn<T> w, T[] g);
}
