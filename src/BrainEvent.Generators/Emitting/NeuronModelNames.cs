namespace BrainEvent.Generators.Emitting;

/// <summary>The names generated neuron model code uses: the library's types and the members it adds to the user's struct.</summary>
internal static class NeuronModelNames
{
    public const string NeuronModel = "global::BrainEvent.Networks.INeuronModel";
    public const string ModelInfo = "global::BrainEvent.Networks.NeuronModelInfo";
    public const string Field = "global::BrainEvent.Networks.NeuronField";
    public const string State = "global::BrainEvent.Networks.NeuronState";
    public const string StepArgs = "global::BrainEvent.Networks.NeuronStepArgs";
    public const string LaneModel = "global::BrainEvent.Generated.ILaneNeuronModel";
    public const string PerNeuronModel = "global::BrainEvent.Generated.IPerNeuronModel";
    public const string Lanes = "global::BrainEvent.Generated.ILanes";
    public const string LaneStep = "global::BrainEvent.Generated.ILaneStep";
    public const string LaneStepFactory = "global::BrainEvent.Generated.ILaneStepFactory";
    public const string LaneComparison = "global::BrainEvent.Generated.LaneComparison";
    public const string Kernels = "global::BrainEvent.Generated.NeuronKernels";
    public const string Span = "global::System.Span";
    public const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    /// <summary>On every method between the network's step and the library's loop: a run calls them from its first step, before tiered compilation would have optimised them.</summary>
    public const string AggressiveOptimization =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    /// <summary>The generated public members (the interface's).</summary>
    public const string Info = "Info";

    public const string WriteState = "WriteState";

    public const string ReadState = "ReadState";

    /// <summary>The interface's static <c>Update(in TSelf, in NeuronStepArgs)</c>, an overload next to the user's <c>Update(T dt)</c>.</summary>
    public const string Update = "Update";

    /// <summary>The nested struct holding one vector step of the model.</summary>
    public const string LaneStepType = "BrainEventLaneStep";

    /// <summary>Every name the generated code declares in the struct, apart from <see cref="Update"/> (the parser reports user members that take one).</summary>
    public static readonly string[] ModelMembers = [Info, WriteState, ReadState, LaneStepType];
}
