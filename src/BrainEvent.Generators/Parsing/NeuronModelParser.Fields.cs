using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

internal static partial class NeuronModelParser
{
    /// <summary>
    /// Every instance field in declaration order: <c>[Shared]</c> ones are parameters, the others state, of one
    /// element type (float or double, writable). Static fields and constants are neither (the methods may read them).
    /// </summary>
    private static (EquatableArray<NeuronFieldInfo> Fields, ElementKind? Element) ParseFields(
        INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics)
    {
        var fields = new List<NeuronFieldInfo>();
        IFieldSymbol? firstState = null;
        bool badState = false;
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property && HasBackingField(type, property))
            {
                diagnostics.Add(DiagnosticDescriptors.AutoPropertyInNeuronModel, property.Locations.FirstOrDefault(), property.Name, type.Name);
                continue;
            }

            if (member is not IFieldSymbol field || field.IsImplicitlyDeclared)
            {
                continue;
            }

            bool shared = HasAttribute(field, KnownNames.SharedAttribute);
            bool unlessRefractory = HasAttribute(field, KnownNames.UnlessRefractoryAttribute);
            string? notState = field.IsConst ? "a constant" : field.IsStatic ? "a static field" : shared ? "a [Shared] field" : null;
            if (unlessRefractory && notState is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnlessRefractoryNotState, field.Locations.FirstOrDefault(), field.Name, notState);
            }

            if (field.IsStatic || field.IsConst)
            {
                continue;
            }

            if (!SyntaxFacts.IsValidIdentifier(field.Name))
            {
                // A syntax error left the field without a name (the compiler reports it): no code can name it.
                badState = true;
                continue;
            }

            if (shared)
            {
                fields.Add(new NeuronFieldInfo(field.Name, -1, false));
                continue;
            }

            badState |= !CheckStateField(type, field, ref firstState, diagnostics);
            fields.Add(new NeuronFieldInfo(field.Name, fields.Count(f => !f.IsShared), unlessRefractory));
        }

        if (firstState is null && !badState)
        {
            diagnostics.Add(DiagnosticDescriptors.NoStateField, declaration.Identifier.GetLocation(), type.Name);
        }

        ElementKind? element = badState || firstState is null ? null
            : firstState.Type.SpecialType == SpecialType.System_Single ? ElementKind.Float
            : ElementKind.Double;
        return (fields.ToEquatableArray(), element);
    }

    /// <summary>Whether a state field is float or double, writable, and of the first state field's type (reported otherwise).</summary>
    private static bool CheckStateField(INamedTypeSymbol type, IFieldSymbol field, ref IFieldSymbol? firstState, DiagnosticsBuilder diagnostics)
    {
        var location = field.Locations.FirstOrDefault();
        if (field.Type.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double))
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedStateField, location, field.Name, type.Name, "of type '" + field.Type.ToDisplayString() + "'");
            return false;
        }

        if (field.IsReadOnly)
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedStateField, location, field.Name, type.Name, "readonly");
            return false;
        }

        firstState ??= field;
        if (field.Type.SpecialType != firstState.Type.SpecialType)
        {
            diagnostics.Add(
                DiagnosticDescriptors.MixedStateFields,
                location,
                field.Name,
                Keyword(field.Type.SpecialType),
                firstState.Name,
                Keyword(firstState.Type.SpecialType));
            return false;
        }

        return true;
    }

    private static bool HasBackingField(INamedTypeSymbol type, IPropertySymbol property) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
}
