using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

    /// <summary>
    /// Whether the type's first <paramref name="attributeName"/> attribute, in declaration order, is on
    /// <paramref name="declaration"/> (the context's attributes are those of the whole file, so the
    /// declaration's own are found by position).
    /// </summary>
    public static bool IsFirstApplication(INamedTypeSymbol type, TypeDeclarationSyntax declaration, string attributeName)
    {
        var first = type.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == attributeName)?
            .ApplicationSyntaxReference;
        return first is null || (first.SyntaxTree == declaration.SyntaxTree && declaration.Span.Contains(first.Span));
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
