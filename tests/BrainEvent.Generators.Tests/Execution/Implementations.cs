using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// The fused implementations compared with the reference for a model. The generated kernels are the model
/// itself; a runtime-compiled path adds one line here.
/// </summary>
public static class Implementations
{
    public static IEnumerable<IFusedProducts<T>> For<T>(IKernelModel<T> model)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        [
            model,
        ];
}
