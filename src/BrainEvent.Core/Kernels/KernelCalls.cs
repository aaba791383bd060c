using System.Numerics;
using BrainEvent.Kernels.Weights;

namespace BrainEvent.Kernels;

/// <summary>
/// A product's kernel with its operands bound, waiting for the layout and the weights: what a
/// <see cref="IWeightPlan{T}"/> hands its weight source to. Generic, so each combination compiles to its own loop.
/// </summary>
internal unsafe interface IKernelCall<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    void Run<TSegments, TWeights>(TSegments segments, int* targets, TWeights weights)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T>;
}

/// <summary><c>y[s] = sum_p w(p) * x[targets[p]]</c>: <see cref="GatherKernel{T}"/>.</summary>
internal readonly unsafe struct GatherCall<T>(T* x, T* y) : IKernelCall<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public void Run<TSegments, TWeights>(TSegments segments, int* targets, TWeights weights)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T> =>
        GatherKernel<T>.Run(segments, weights, targets, x, y);
}

/// <summary>The active segments of <paramref name="active"/> added into <c>y</c>: <see cref="EventScatterKernel{T}"/>.</summary>
internal readonly unsafe struct EventCall<T, TSource>(TSource active, T* y, int outputLength) : IKernelCall<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSource : struct, IActiveSource
{
    public void Run<TSegments, TWeights>(TSegments segments, int* targets, TWeights weights)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T> =>
        EventScatterKernel<T>.Run(segments, weights, targets, active, y, outputLength);
}

/// <summary><c>Y[s, :] = sum_p w(p) * X[targets[p], :]</c> over a <c>[n, batch]</c> operand: <see cref="BatchGatherKernel{T, TVec, TLanes, TOperand}"/>.</summary>
internal readonly unsafe struct BatchCall<T>(byte* x, bool events, int batch, T* y) : IKernelCall<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public void Run<TSegments, TWeights>(TSegments segments, int* targets, TWeights weights)
        where TSegments : struct, ISegments
        where TWeights : struct, IWeightSource<T> =>
        BatchDispatch.Run(segments, weights, targets, x, events, batch, y);
}
