using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// The fused implementations compared with the reference for a model: the generated kernels (the model
/// itself) and the library's runtime-compiled path on the same transform.
/// </summary>
public static class Implementations
{
    public static IEnumerable<IFusedProducts<T>> For<T>(IKernelModel<T> model)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        [
            model,
            new RuntimeFused<T>(model),
        ];
}
