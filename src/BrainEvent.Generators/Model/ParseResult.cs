using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>What parsing one attributed class gives: the model (null when an error stops generation) and its diagnostics.</summary>
internal sealed record ParseResult(KernelClassInfo? Info, EquatableArray<DiagnosticInfo> Diagnostics);
