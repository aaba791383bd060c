namespace BrainEvent.Generators.Emitting;

/// <summary>Fully qualified names the generated code uses (it relies on no using directive of the user's).</summary>
internal static class Names
{
    public const string Vector256 = "global::System.Runtime.Intrinsics.Vector256";
    public const string Span = "global::System.Span";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string BitSpikes = "global::BrainEvent.BitSpikes";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string FixedNumKernels = "global::BrainEvent.Generated.FixedNumKernels";
    public const string IWeightTransform = "global::BrainEvent.Generated.IWeightTransform";
    public const string IPerSynapseTransform = "global::BrainEvent.Generated.IPerSynapseTransform";
    public const string IdentityTransform = "global::BrainEvent.Generated.IdentityTransform";
    public const string TransformLanes = "global::BrainEvent.Generated.TransformLanes";
    public const string IConnCount = "global::BrainEvent.Generated.IConnCount";
    public const string RuntimeConnCount = "global::BrainEvent.Generated.RuntimeConnCount";
    public const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    /// <summary>The nested class holding the model's transform and row lengths.</summary>
    public const string Kernels = "BrainEventKernels";

    /// <summary>The public products, each generated as several overloads (one per operand form).</summary>
    public const string MatVec = "MatVec";

    public const string VecMat = "VecMat";

    public const string MatMat = "MatMat";

    public const string LeftMatMat = "LeftMatMat";

    /// <summary>Every name the generated code declares in the user's class (the parser reports user members that take one).</summary>
    public static readonly string[] ModelMembers = [MatVec, VecMat, MatMat, LeftMatMat, Kernels];
}
