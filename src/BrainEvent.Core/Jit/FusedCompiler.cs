using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Numerics;
using BrainEvent.Kernels;

namespace BrainEvent.Jit;

/// <summary>Builds and compiles the kernel a key describes, for a graph of that structure.</summary>
[RequiresDynamicCode(RuntimeCompilation.Reason)]
[RequiresUnreferencedCode(RuntimeCompilation.Reason)]
internal static class FusedCompiler
{
    public static FusedKernel Compile<T>(KernelKey key, WeightGraph<T> graph)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Vector loops wherever the library's kernels use them, so the two give the same sums: a chain without a
        // vector form computes each lane's weight with its scalar code inside them.
        bool vectorized = KernelRules.IsAccelerated;
        var context = new KernelContext<T>(graph, key.Layout, key.UnrolledNConn, WeightExpressions.IsVectorizable(graph.Root));
        Expression<FusedKernel> kernel = key.Kind switch
        {
            FusedKernelKind.Gather => GatherEmitter.Emit(context, vectorized),
            FusedKernelKind.EventScatterBits => EventScatterEmitter.Emit(context, vectorized, bitPacked: true),
            FusedKernelKind.EventScatterBools => EventScatterEmitter.Emit(context, vectorized, bitPacked: false),
            FusedKernelKind.MatMat => BatchEmitter.Emit(context, events: false, vectorized),
            FusedKernelKind.EventMatMat => BatchEmitter.Emit(context, events: true, vectorized),
            FusedKernelKind.Map => MapEmitter.Emit(context, vectorized),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "Unknown kernel kind."),
        };
        return kernel.Compile();
    }
}
