using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>The user's <c>[WeightTransform]</c> method.</summary>
/// <param name="MethodName">Its name, for the fallback call and the docs.</param>
/// <param name="IsStatic">Whether it is static (the fallback then calls it on the type).</param>
/// <param name="HasPerSynapse">Whether it takes a second, per-synapse operand.</param>
/// <param name="Body">The body as a vectorisable expression, or null when it has none: kernels then call the method per synapse.</param>
/// <param name="Parameters">The class members the body reads, each read once per product.</param>
internal sealed record TransformInfo(
    string MethodName,
    bool IsStatic,
    bool HasPerSynapse,
    ValueExpression? Body,
    EquatableArray<ModelParameter> Parameters);

/// <summary>A field or property of the kernel class that the transform reads, converted to the element type.</summary>
/// <param name="MemberName">The member's name.</param>
/// <param name="IsStatic">Whether it is static (read on the type rather than on the instance).</param>
internal sealed record ModelParameter(string MemberName, bool IsStatic);
