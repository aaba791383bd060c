namespace BrainEvent.Generators.Emitting;

/// <summary>Fully qualified names the generated code uses (it relies on no using directive of the user's).</summary>
internal static class Names
{
    public const string Vector128 = "global::System.Runtime.Intrinsics.Vector128";
    public const string Vector256 = "global::System.Runtime.Intrinsics.Vector256";
    public const string Vector512 = "global::System.Runtime.Intrinsics.Vector512";
    public const string Span = "global::System.Span";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string ReadOnlyMemory = "global::System.ReadOnlyMemory";
    public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    public const string MemoryExtensions = "global::System.MemoryExtensions";
    public const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    public const string ArrayPool = "global::System.Buffers.ArrayPool";
    public const string Math = "global::System.Math";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string BitOperations = "global::System.Numerics.BitOperations";
    public const string KernelPrimitives = "global::BrainEvent.Kernels.KernelPrimitives";
    public const string KernelParallelSpans = "global::BrainEvent.Kernels.KernelParallelSpans";
    public const string RowRangeJob = "global::BrainEvent.Kernels.IRowRangeJob";
    public const string ProductChecks = "global::BrainEvent.Kernels.ProductChecks";
    public const string Settings = "global::BrainEvent.BrainEventSettings";
    public const string FixedNumConn = "global::BrainEvent.FixedNumConn";
    public const string ColumnMirror = "global::BrainEvent.ColumnMirror";
    public const string BitSpikes = "global::BrainEvent.BitSpikes";
    public const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    /// <summary>The nested class holding every kernel of a model class.</summary>
    public const string Kernels = "BrainEventKernels";

    /// <summary>The public products, each generated as several overloads (one per operand form).</summary>
    public const string MatVec = "MatVec";

    public const string VecMat = "VecMat";

    public const string MatMat = "MatMat";

    public const string LeftMatMat = "LeftMatMat";

    /// <summary>Every name the generated code declares in the user's class (the parser reports user members that take one).</summary>
    public static readonly string[] ModelMembers = [MatVec, VecMat, MatMat, LeftMatMat, Kernels];
}
