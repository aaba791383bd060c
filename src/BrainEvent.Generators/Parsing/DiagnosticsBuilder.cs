using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Parsing;

/// <summary>Collects the diagnostics of one class as values, and whether any of them is an error.</summary>
internal sealed class DiagnosticsBuilder
{
    private readonly List<DiagnosticInfo> _items = [];

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        var where = location is null ? null : LocationInfo.From(location);
        _items.Add(new DiagnosticInfo(descriptor.Id, where, arguments.ToEquatableArray()));
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
