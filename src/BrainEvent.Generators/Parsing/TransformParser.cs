using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Finds the class's <c>[WeightTransform]</c> method, checks its signature and translates its body. No
/// method means weights as stored (null); a body that cannot be vectorised gives a warning and a
/// transform without <see cref="TransformInfo.Body"/>, so kernels call the method per synapse.
/// </summary>
internal static class TransformParser
{
    public static TransformInfo? Parse(
        INamedTypeSymbol type, ElementKind element, SemanticModel semanticModel, DiagnosticsBuilder diagnostics, CancellationToken cancellationToken)
    {
        var methods = TransformMethodsOf(type).ToList();
        if (methods.Count == 0)
        {
            ReportInheritedTransform(type, diagnostics);
            return null;
        }

        for (int i = 1; i < methods.Count; i++)
        {
            diagnostics.Add(DiagnosticDescriptors.SeveralTransforms, methods[i].Locations.FirstOrDefault(), methods[i].Name, type.Name, methods[0].Name);
        }

        var method = methods[0];
        var elementType = element == ElementKind.Float ? SpecialType.System_Single : SpecialType.System_Double;
        if (!HasTransformSignature(method, elementType))
        {
            diagnostics.Add(
                DiagnosticDescriptors.WrongTransformSignature,
                method.Locations.FirstOrDefault(),
                method.Name,
                element == ElementKind.Float ? "float" : "double");
            return null;
        }

        bool hasPerSynapse = method.Parameters.Length == 2;
        var body = TranslateBody(method, type, elementType, semanticModel, diagnostics, cancellationToken, out var parameters);
        return new TransformInfo(method.Name, method.IsStatic, hasPerSynapse, body, parameters);
    }

    /// <summary>
    /// Only the kernel class's own members are searched, so a transform in a base class would be silently
    /// ignored and the weights used as stored: that is an error the user must see, not a quiet wrong result.
    /// </summary>
    private static void ReportInheritedTransform(INamedTypeSymbol type, DiagnosticsBuilder diagnostics)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            var inherited = TransformMethodsOf(baseType).FirstOrDefault();
            if (inherited is not null)
            {
                var location = inherited.Locations.FirstOrDefault(l => l.IsInSource) ?? type.Locations.FirstOrDefault();
                diagnostics.Add(DiagnosticDescriptors.InheritedTransform, location, inherited.Name, baseType.Name, type.Name);
                return;
            }
        }
    }

    private static IEnumerable<IMethodSymbol> TransformMethodsOf(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>().Where(m => HasAttribute(m, KnownNames.WeightTransformAttribute));

    private static bool HasTransformSignature(IMethodSymbol method, SpecialType elementType)
    {
        var parameters = method.Parameters;
        return !method.IsGenericMethod
            && method.RefKind == RefKind.None
            && method.ReturnType.SpecialType == elementType
            && parameters.Length is 1 or 2
            && parameters.All(p => p.RefKind == RefKind.None && p.Type.SpecialType == elementType && !p.IsParams)
            && !HasAttribute(parameters[0], KnownNames.PerSynapseAttribute)
            && (parameters.Length == 1 || HasAttribute(parameters[1], KnownNames.PerSynapseAttribute));
    }

    private static ValueExpression? TranslateBody(
        IMethodSymbol method,
        INamedTypeSymbol type,
        SpecialType elementType,
        SemanticModel semanticModel,
        DiagnosticsBuilder diagnostics,
        CancellationToken cancellationToken,
        out EquatableArray<ModelParameter> parameters)
    {
        parameters = EquatableArray<ModelParameter>.Empty;
        var implementation = method.PartialImplementationPart ?? method;
        var syntax = implementation.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as MethodDeclarationSyntax;
        var statements = syntax?.Body?.Statements;
        var expression = syntax?.ExpressionBody?.Expression
            ?? (statements is { Count: 1 } && statements.Value[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
        if (expression is null)
        {
            var where = (SyntaxNode?)syntax?.Body ?? syntax;
            diagnostics.Add(
                DiagnosticDescriptors.UnsupportedConstruct,
                where?.GetLocation() ?? method.Locations.FirstOrDefault(),
                method.Name,
                "a body other than one expression or a single return statement");
            return null;
        }

        var model = expression.SyntaxTree == semanticModel.SyntaxTree
            ? semanticModel
            : semanticModel.Compilation.GetSemanticModel(expression.SyntaxTree);
        var operation = model.GetOperation(expression, cancellationToken);
        if (operation is null)
        {
            return null;
        }

        var translator = new TransformTranslator(type, method, elementType);
        var body = translator.Translate(operation);
        if (body is null)
        {
            var unsupported = translator.Unsupported ?? operation;
            diagnostics.Add(
                DiagnosticDescriptors.UnsupportedConstruct,
                unsupported.Syntax.GetLocation(),
                method.Name,
                "'" + unsupported.Syntax.ToString() + "'");
            return null;
        }

        parameters = translator.Parameters.ToEquatableArray();
        return body;
    }

    private static bool HasAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == metadataName);
}
