namespace BrainEvent.Generators.Helpers;

/// <summary>The names of the tracked pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    /// <summary>Each attributed class parsed into a model plus its diagnostics.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The diagnostics of one class.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>The models that produce source (classes without errors).</summary>
    public const string Models = nameof(Models);

    /// <summary>The places (namespace and types) of every class that produces source, for unique file names.</summary>
    public const string Hierarchies = nameof(Hierarchies);
}
