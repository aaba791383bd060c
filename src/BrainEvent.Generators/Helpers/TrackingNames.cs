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
}
