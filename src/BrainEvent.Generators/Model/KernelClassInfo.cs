using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>Everything the emitter needs for one <c>[FixedNumKernel]</c> class: values only, no Roslyn objects.</summary>
/// <param name="Hierarchy">The class and the types containing it.</param>
/// <param name="Matrix">Which matrix class the products take.</param>
/// <param name="Element">The element type.</param>
/// <param name="NConns">The declared numbers of connections, distinct, in declaration order.</param>
/// <param name="Transform">The weight transform, or null to use the weights as stored.</param>
internal sealed record KernelClassInfo(
    HierarchyInfo Hierarchy,
    MatrixKind Matrix,
    ElementKind Element,
    EquatableArray<int> NConns,
    TransformInfo? Transform);

/// <summary>The matrix classes kernels are generated for.</summary>
internal enum MatrixKind
{
    /// <summary><c>FixedPostNumConn&lt;T&gt;</c>: stored rows are pre-synaptic neurons.</summary>
    FixedPost,

    /// <summary><c>FixedPreNumConn&lt;T&gt;</c>: stored rows are post-synaptic neurons.</summary>
    FixedPre,
}

/// <summary>The element types kernels are generated for.</summary>
internal enum ElementKind
{
    Float,
    Double,
}
