using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BrainEvent.Jit;

/// <summary>
/// Whether this process compiles fused kernels. The runtime compiler builds expression trees over generic vector
/// methods it finds by name, which needs dynamic code and members a trimmer cannot see; under Native AOT there is
/// neither, and a chain is evaluated by the graph interpreter into values that the library's own kernels read.
/// </summary>
internal static class RuntimeCompilation
{
    /// <summary>The reason every member of the runtime compiler carries in its annotations.</summary>
    public const string Reason = "The runtime compiler emits expression trees over generic vector methods found by name; guard calls with RuntimeCompilation.IsSupported.";

    /// <summary>The feature switch that turns the runtime compiler off: the package's build targets set it to false for
    /// trimmed and Native AOT apps, whose trimmer would otherwise remove the vector methods the compiler finds by name.</summary>
    public const string Switch = "BrainEvent.RuntimeCompilation.IsSupported";

    [FeatureSwitchDefinition(Switch)]
    [UnconditionalSuppressMessage("Trimming", "IL4000", Justification = "No property can prove that code is not trimmed: trimmed apps set the switch to false (build/BrainEvent.targets), which the trimmer substitutes, removing the guarded code.")]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    public static bool IsSupported =>
        (!AppContext.TryGetSwitch(Switch, out bool enabled) || enabled) && RuntimeFeature.IsDynamicCodeSupported && RuntimeFeature.IsDynamicCodeCompiled;
}
