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
}
