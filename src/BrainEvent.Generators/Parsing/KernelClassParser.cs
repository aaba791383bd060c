using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Turns one <c>[FixedNumKernel]</c> class into a <see cref="KernelClassInfo"/> and its diagnostics. Errors
/// leave the model null (nothing is generated); warnings do not.
/// </summary>
internal static class KernelClassParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        try
        {
            return ParseClass(context, declaration, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator must never throw: the user gets an error on the class instead of a crashed build.
            var diagnostics = new DiagnosticsBuilder();
            diagnostics.Add(
                DiagnosticDescriptors.InternalError,
                declaration.Identifier.GetLocation(),
                declaration.Identifier.Text,
                exception.GetType().Name + ": " + exception.Message);
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static ParseResult ParseClass(GeneratorAttributeSyntaxContext context, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        if (!TypeHierarchy.HasValidNames(type))
        {
            // A syntax error left a name out; the compiler reports it, and a nameless class cannot be generated into.
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        if (!TypeHierarchy.IsFirstApplication(type, declaration, KnownNames.FixedNumKernelAttribute))
        {
            // [FixedNumKernel] on several partial declarations of one class (the compiler reports CS0579): only
            // the first generates, so the class gets one file and each diagnostic once.
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new DiagnosticsBuilder();

        CheckDeclarations(type, declaration, diagnostics);
        GeneratedNameCheck.Check(type, declaration, diagnostics);
        var attribute = context.Attributes[0];
        var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        var (matrix, element) = ParseMatrixType(attribute, attributeSyntax, diagnostics);
        var nConns = ParseNConns(attribute, attributeSyntax, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        var transform = element is { } elementKind
            ? TransformParser.Parse(type, elementKind, context.SemanticModel, diagnostics, cancellationToken)
            : null;

        if (diagnostics.HasErrors || matrix is null || element is null)
        {
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        var info = new KernelClassInfo(TypeHierarchy.From(type), matrix.Value, element.Value, nConns, transform);
        return new ParseResult(info, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The class and every type containing it must be partial and not file-local; the class must be a
    /// non-static, non-generic class.
    /// </summary>
    private static void CheckDeclarations(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics)
    {
        for (SyntaxNode? node = declaration; node is TypeDeclarationSyntax typeDeclaration; node = node.Parent)
        {
            if (!typeDeclaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(
                    DiagnosticDescriptors.ClassNotPartial,
                    typeDeclaration.Identifier.GetLocation(),
                    typeDeclaration.Identifier.Text,
                    type.Name);
            }
        }

        if (type.IsStatic || type.IsGenericType)
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedClass, declaration.Identifier.GetLocation(), type.Name);
        }

        // A file-local type (or one nested in it) has its name only in its own file; in the generated file the
        // same name would declare a new type, which the kernels would extend instead of the user's.
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                diagnostics.Add(DiagnosticDescriptors.FileLocalClass, declaration.Identifier.GetLocation(), type.Name, current.Name);
                break;
            }
        }
    }

    private static (MatrixKind? Matrix, ElementKind? Element) ParseMatrixType(
        AttributeData attribute, AttributeSyntax? attributeSyntax, DiagnosticsBuilder diagnostics)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind != TypedConstantKind.Type)
        {
            // The attribute does not bind (a compiler error says why): nothing to add.
            return (null, null);
        }

        var location = attributeSyntax?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? attributeSyntax?.GetLocation();
        if (attribute.ConstructorArguments[0].Value is not INamedTypeSymbol matrixType)
        {
            // The compiler accepts null and array types (any Type) silently, so they need an error of ours.
            string given = attribute.ConstructorArguments[0].Value is ITypeSymbol other ? other.ToDisplayString() : "null";
            diagnostics.Add(DiagnosticDescriptors.UnsupportedMatrixType, location, given);
            return (null, null);
        }

        string definition = matrixType.OriginalDefinition.ToDisplayString();
        MatrixKind? matrix = definition switch
        {
            KnownNames.FixedPostNumConn => MatrixKind.FixedPost,
            KnownNames.FixedPreNumConn => MatrixKind.FixedPre,
            _ => null,
        };
        if (matrix is null || matrixType.IsUnboundGenericType)
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedMatrixType, location, matrixType.ToDisplayString());
            return (null, null);
        }

        var elementType = matrixType.TypeArguments[0];
        ElementKind? element = elementType.SpecialType switch
        {
            SpecialType.System_Single => ElementKind.Float,
            SpecialType.System_Double => ElementKind.Double,
            _ => null,
        };
        if (element is null)
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedElementType, location, elementType.ToDisplayString());
        }

        return (matrix, element);
    }

    /// <summary>The distinct positive values of <c>NConn</c>, in declaration order; each bad one is reported on its own syntax.</summary>
    private static EquatableArray<int> ParseNConns(AttributeData attribute, AttributeSyntax? attributeSyntax, DiagnosticsBuilder diagnostics)
    {
        var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == KnownNames.NConnProperty);
        if (argument.Key is null || argument.Value.Kind != TypedConstantKind.Array || argument.Value.IsNull)
        {
            return EquatableArray<int>.Empty;
        }

        var elementSyntax = NConnElementSyntax(attributeSyntax);
        var values = new List<int>();
        var constants = argument.Value.Values;
        for (int i = 0; i < constants.Length; i++)
        {
            if (constants[i].Value is not int value)
            {
                continue;
            }

            var location = i < elementSyntax.Count ? elementSyntax[i].GetLocation() : attributeSyntax?.GetLocation();
            if (value <= 0)
            {
                diagnostics.Add(DiagnosticDescriptors.NConnNotPositive, location, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (values.Contains(value))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateNConn, location, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                values.Add(value);
            }
        }

        return values.ToEquatableArray();
    }

    /// <summary>The element expressions of <c>NConn = new[] { ... }</c> (or <c>new int[] { ... }</c>, or <c>[ ... ]</c>).</summary>
    private static IReadOnlyList<SyntaxNode> NConnElementSyntax(AttributeSyntax? attributeSyntax)
    {
        var expression = attributeSyntax?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == KnownNames.NConnProperty)?.Expression;
        return expression switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            ArrayCreationExpressionSyntax array when array.Initializer is not null => array.Initializer.Expressions,
            CollectionExpressionSyntax collection => collection.Elements,
            _ => [],
        };
    }
}
