using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>A diagnostic to report: its descriptor's ID, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> Arguments);
