using System.Collections.Generic;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BrainEvent.Generators.Parsing;

/// <summary>Where an attributed type lives, as both generators need it: its names and the declarations around it.</summary>
internal static class TypeHierarchy
{
    /// <summary>Whether the type, the types containing it and its namespaces all have a name the generated code can write.</summary>
    public static bool HasValidNames(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!SyntaxFacts.IsValidIdentifier(current.Name))
            {
                return false;
            }
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (!SyntaxFacts.IsValidIdentifier(ns.Name))
            {
                return false;
            }
        }

        return true;
    }

    public static HierarchyInfo From(INamedTypeSymbol type)
    {
        var types = new List<TypeDeclarationInfo>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            types.Insert(0, new TypeDeclarationInfo(Keyword(current), current.Name));
        }

        // The segments' own names, not a display string, which could spell them in a format of its own.
        var segments = new List<string>();
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            segments.Insert(0, ns.Name);
        }

        return new HierarchyInfo(string.Join(".", segments), types.ToEquatableArray());
    }

    private static string Keyword(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        TypeKind.Interface => "interface",
        _ => type.IsRecord ? "record" : "class",
    };
}
