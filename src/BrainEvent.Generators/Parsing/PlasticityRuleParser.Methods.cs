using System.Linq;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Emitting;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

internal static partial class PlasticityRuleParser
{
    /// <summary>
    /// The element type of <c>OnPre(w, postTrace)</c> and <c>OnPost(w, preTrace)</c>, which implement the interface's
    /// methods as they are, or null after an error: each must be one public instance method taking and returning the
    /// same float or double by value, and both the same type.
    /// </summary>
    private static ElementKind? ParseUpdates(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics)
    {
        var onPre = ParseUpdate(type, declaration, "OnPre", "postTrace", diagnostics);
        var onPost = ParseUpdate(type, declaration, "OnPost", "preTrace", diagnostics);
        if (onPre is null || onPost is null)
        {
            return null;
        }

        if (onPre != onPost)
        {
            diagnostics.Add(DiagnosticDescriptors.MixedPlasticityElements, declaration.Identifier.GetLocation(), type.Name, ElementNames.For(onPre.Value).T, ElementNames.For(onPost.Value).T);
            return null;
        }

        return onPre;
    }

    private static ElementKind? ParseUpdate(INamedTypeSymbol type, TypeDeclarationSyntax declaration, string name, string traceName, DiagnosticsBuilder diagnostics)
    {
        var members = type.GetMembers(name).Where(m => !m.IsImplicitlyDeclared).ToList();
        if (members.Count != 1)
        {
            var at = members.Count == 0 ? declaration.Identifier.GetLocation() : Where(members[1], declaration);
            string found = members.Count == 0 ? "it declares none" : "it declares " + members.Count + " members of that name";
            diagnostics.Add(DiagnosticDescriptors.WrongPlasticityUpdate, at, type.Name, name, traceName, found);
            return null;
        }

        string? problem = Problem(members[0], out var element);
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongPlasticityUpdate, Where(members[0], declaration), type.Name, name, traceName, problem);
            return null;
        }

        return element;
    }

    /// <summary>What is wrong with the member as an implementation of the interface's update, or null (with its element type).</summary>
    private static string? Problem(ISymbol member, out ElementKind element)
    {
        element = ElementKind.Float;
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
        {
            return "'" + member.Name + "' is not a method";
        }

        var special = method.ReturnType.SpecialType;
        element = special == SpecialType.System_Double ? ElementKind.Double : ElementKind.Float;
        return method.IsStatic ? "it is static"
            : method.DeclaredAccessibility != Accessibility.Public ? "it is not public (the interface is implemented by public members)"
            : method.IsGenericMethod ? "it has type parameters"
            : special is not (SpecialType.System_Single or SpecialType.System_Double) ? "it returns " + method.ReturnType.ToDisplayString()
            : method.ReturnsByRef || method.ReturnsByRefReadonly ? "it returns by reference"
            : method.Parameters.Length != 2 ? "it takes " + method.Parameters.Length + " parameters"
            : method.Parameters.Any(p => p.RefKind != RefKind.None) ? "a parameter is passed by reference"
            : method.Parameters.Any(p => p.Type.SpecialType != special) ? "its parameters are not both " + method.ReturnType.ToDisplayString() + " like its result"
            : null;
    }

    private static Location Where(ISymbol member, TypeDeclarationSyntax declaration) =>
        member.Locations.FirstOrDefault(l => l.IsInSource) ?? declaration.Identifier.GetLocation();
}
