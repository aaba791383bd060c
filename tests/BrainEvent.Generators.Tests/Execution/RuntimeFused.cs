using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// The runtime-compiled path for a model: its transform as a lazy <c>Apply</c>/<c>Apply2</c> chain, whose
/// products the library compiles into one loop (here a scalar one: the transform is a call of the model's method).
/// </summary>
public sealed class RuntimeFused<T>(IKernelModel<T> model) : IFusedProducts<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public string Name => "runtime-compiled";

    public bool HasPerSynapse => model.HasPerSynapse;

    public void MatVec(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result) => Chain(w, g).MatVec(v, result);

    public void VecMat(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<T> v, Span<T> result) => Chain(w, g).VecMat(v, result);

    public void MatVec(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result) => Chain(w, g).MatVec(spikes, result);

    public void VecMat(FixedNumConn<T> w, ReadOnlySpan<T> g, ReadOnlySpan<bool> spikes, Span<T> result) => Chain(w, g).VecMat(spikes, result);

    public void MatVec(FixedNumConn<T> w, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result) => Chain(w, g).MatVec(spikes, result);

    public void VecMat(FixedNumConn<T> w, ReadOnlySpan<T> g, BitSpikes spikes, Span<T> result) => Chain(w, g).VecMat(spikes, result);

    public void MatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, T[,] m, T[,] result) => Chain(w, g).MatMat(m, result);

    public void LeftMatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, T[,] m, T[,] result) => Chain(w, g).LeftMatMat(m, result);

    public void MatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, bool[,] spikes, T[,] result) => Chain(w, g).MatMat(spikes, result);

    public void LeftMatMat(FixedNumConn<T> w, ReadOnlySpan<T> g, bool[,] spikes, T[,] result) => Chain(w, g).LeftMatMat(spikes, result);

    private FixedNumConn<T> Chain(FixedNumConn<T> w, ReadOnlySpan<T> g) => ProductForms<T>.Lazy(w, g, model);
}
