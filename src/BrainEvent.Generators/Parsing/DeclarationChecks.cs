using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

/// <summary>What the struct generators require of an attributed type's declarations, whatever they generate into it.</summary>
internal static class DeclarationChecks
{
    /// <summary>The declaration and those containing it that lack <c>partial</c>: the generated file could not add to them.</summary>
    public static IEnumerable<TypeDeclarationSyntax> NotPartial(TypeDeclarationSyntax declaration)
    {
        for (SyntaxNode? node = declaration; node is TypeDeclarationSyntax typeDeclaration; node = node.Parent)
        {
            if (!typeDeclaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                yield return typeDeclaration;
            }
        }
    }

    /// <summary>
    /// The type itself or the innermost containing type that is file-local, or null. A file-local type has its name
    /// only in its own file; in the generated file the same name would declare a new type.
    /// </summary>
    public static INamedTypeSymbol? FileLocal(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Reports <paramref name="notPartial"/> on each declaration lacking <c>partial</c>, <paramref name="unsupported"/>
    /// unless the type is a plain struct (not a class or record class, ref struct, generic or nested in a generic
    /// type; nor a readonly struct unless <paramref name="readOnlyAllowed"/>), and <paramref name="fileLocal"/> when it
    /// or a containing type is file-local.
    /// </summary>
    public static void CheckPlainStruct(
        INamedTypeSymbol type,
        TypeDeclarationSyntax declaration,
        DiagnosticsBuilder diagnostics,
        DiagnosticDescriptor notPartial,
        DiagnosticDescriptor unsupported,
        DiagnosticDescriptor fileLocal,
        bool readOnlyAllowed)
    {
        foreach (var missing in NotPartial(declaration))
        {
            diagnostics.Add(notPartial, missing.Identifier.GetLocation(), missing.Identifier.Text, type.Name);
        }

        string? problem = type.TypeKind != TypeKind.Struct ? (type.IsRecord ? "a record class" : "a " + type.TypeKind.ToString().ToLowerInvariant())
            : type.IsRefLikeType ? "a ref struct"
            : type.IsReadOnly && !readOnlyAllowed ? "a readonly struct"
            : type.IsGenericType ? (type.TypeParameters.Length > 0 ? "generic" : "nested in a generic type")
            : null;
        if (problem is not null)
        {
            diagnostics.Add(unsupported, declaration.Identifier.GetLocation(), type.Name, problem);
        }

        if (FileLocal(type) is { } local)
        {
            diagnostics.Add(fileLocal, declaration.Identifier.GetLocation(), type.Name, local.Name);
        }
    }
}
