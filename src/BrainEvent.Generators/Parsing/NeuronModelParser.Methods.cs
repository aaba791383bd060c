using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

internal static partial class NeuronModelParser
{
    /// <summary>
    /// Finds <c>void Update(T dt)</c>, <c>bool Threshold()</c> and the optional <c>void Reset()</c> with their
    /// bodies, and reports each missing or ill-typed one and every change of a <c>[Shared]</c> field in them.
    /// Null when a required method is missing or the element type is unknown.
    /// </summary>
    private static ModelMethods? ParseMethods(
        INamedTypeSymbol type,
        TypeDeclarationSyntax declaration,
        ElementKind? element,
        SemanticModel semanticModel,
        CancellationToken cancellationToken,
        DiagnosticsBuilder diagnostics)
    {
        var elementType = element == ElementKind.Double ? SpecialType.System_Double : SpecialType.System_Single;
        var update = Find(type, "Update", m => m.ReturnsVoid && m.Parameters.Length == 1 && IsTimeStep(m.Parameters[0], elementType));
        var threshold = Find(type, "Threshold", m => m.ReturnType.SpecialType == SpecialType.System_Boolean && m.Parameters.Length == 0 && m.RefKind == RefKind.None);
        var resets = type.GetMembers("Reset").OfType<IMethodSymbol>().ToList();
        var reset = Find(type, "Reset", m => m.ReturnsVoid && m.Parameters.Length == 0);
        if (update is null && element is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongUpdate, FirstLocation(type, "Update", declaration), type.Name, Keyword(elementType));
        }

        if (threshold is null)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongThreshold, FirstLocation(type, "Threshold", declaration), type.Name);
        }

        if (reset is null && resets.Count > 0)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongReset, FirstLocation(type, "Reset", declaration), type.Name);
        }

        if (update is null || threshold is null)
        {
            return null;
        }

        var methods = new ModelMethods(
            new ModelMethod(update, BodyOf(update, semanticModel, cancellationToken)),
            new ModelMethod(threshold, BodyOf(threshold, semanticModel, cancellationToken)),
            reset is null ? null : new ModelMethod(reset, BodyOf(reset, semanticModel, cancellationToken)));
        var shared = new HashSet<string>(type.GetMembers().OfType<IFieldSymbol>().Where(f => HasAttribute(f, KnownNames.SharedAttribute)).Select(f => f.Name));
        foreach (var method in methods.All)
        {
            foreach (var (write, field) in method.Body is null ? [] : NeuronModelSharedWrites.Find(method.Body, type, shared))
            {
                diagnostics.Add(DiagnosticDescriptors.SharedFieldAssigned, write.Syntax.GetLocation(), field, method.Symbol.Name);
            }
        }

        return methods;
    }

    /// <summary>
    /// The kernel's translation of the three methods, or null (each untranslatable method warned about on the
    /// construct that stopped it): the update then runs the methods per neuron.
    /// </summary>
    private static NeuronKernelInfo? TranslateKernel(
        INamedTypeSymbol type, EquatableArray<NeuronFieldInfo> fields, ElementKind element, ModelMethods methods, DiagnosticsBuilder diagnostics)
    {
        var elementType = element == ElementKind.Float ? SpecialType.System_Single : SpecialType.System_Double;
        var leaves = new NeuronModelLeaves(type, fields);

        leaves.TimeStep = methods.Update.Symbol.Parameters[0];
        var updateTranslator = new NeuronModelBodyTranslator(leaves, elementType);
        var update = methods.Update.Body is null ? null : updateTranslator.TranslateBody(methods.Update.Body);
        Warn(methods.Update, update is null, updateTranslator, type, diagnostics);

        leaves.TimeStep = null;
        var thresholdTranslator = new NeuronModelBodyTranslator(leaves, elementType);
        var threshold = methods.Threshold.Body is null ? null : thresholdTranslator.TranslateCondition(methods.Threshold.Body);
        Warn(methods.Threshold, threshold is null, thresholdTranslator, type, diagnostics);

        EquatableArray<NeuronStatement>? reset = EquatableArray<NeuronStatement>.Empty;
        if (methods.Reset is { } resetMethod)
        {
            var resetTranslator = new NeuronModelBodyTranslator(leaves, elementType);
            reset = resetMethod.Body is null ? null : resetTranslator.TranslateBody(resetMethod.Body);
            Warn(resetMethod, reset is null, resetTranslator, type, diagnostics);
        }

        return update is null || threshold is null || reset is null
            ? null
            : new NeuronKernelInfo(update.Value, threshold, reset.Value, leaves.Parameters.ToEquatableArray(), leaves.Locals.ToEquatableArray());
    }

    private static void Warn(ModelMethod method, bool failed, NeuronModelBodyTranslator translator, INamedTypeSymbol type, DiagnosticsBuilder diagnostics)
    {
        if (!failed)
        {
            return;
        }

        var unsupported = translator.Unsupported;
        string construct = method.Body is null ? "a method without a body"
            : unsupported is null or IBlockOperation ? "a body other than one returned condition"
            : "'" + FirstLine(unsupported.Syntax.ToString()) + "'";
        var location = unsupported?.Syntax.GetLocation() ?? method.Symbol.Locations.FirstOrDefault();
        diagnostics.Add(DiagnosticDescriptors.NeuronModelNotVectorised, location, method.Symbol.Name, type.Name, construct);
    }

    /// <summary>A construct's first line, so that a loop is quoted by its head, not its whole body.</summary>
    private static string FirstLine(string text)
    {
        int end = text.IndexOf('\n');
        return end < 0 ? text : text.Substring(0, end).TrimEnd('\r', ' ', '{') + " ...";
    }

    private static bool IsTimeStep(IParameterSymbol dt, SpecialType elementType) =>
        dt.RefKind == RefKind.None && !dt.IsParams && dt.Type.SpecialType == elementType;

    /// <summary>The struct's non-generic instance method of that name that <paramref name="isValid"/> accepts, or null.</summary>
    private static IMethodSymbol? Find(INamedTypeSymbol type, string name, System.Func<IMethodSymbol, bool> isValid) =>
        type.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && !m.IsGenericMethod && isValid(m));

    /// <summary>Where to report a missing or wrong method: the first method of that name, else the struct's name.</summary>
    private static Location FirstLocation(INamedTypeSymbol type, string name, TypeDeclarationSyntax declaration) =>
        type.GetMembers(name).SelectMany(m => m.Locations).FirstOrDefault(l => l.IsInSource) ?? declaration.Identifier.GetLocation();

    /// <summary>The operations of a method's body (block or expression body), or null when it has none in source.</summary>
    private static IBlockOperation? BodyOf(IMethodSymbol method, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var implementation = method.PartialImplementationPart ?? method;
        if (implementation.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not MethodDeclarationSyntax syntax)
        {
            return null;
        }

        var model = syntax.SyntaxTree == semanticModel.SyntaxTree ? semanticModel : semanticModel.Compilation.GetSemanticModel(syntax.SyntaxTree);
        return model.GetOperation(syntax, cancellationToken) is IMethodBodyOperation body ? body.BlockBody ?? body.ExpressionBody : null;
    }

    /// <summary>A model method and its body's operations (null without a body in source).</summary>
    private sealed record ModelMethod(IMethodSymbol Symbol, IBlockOperation? Body);

    /// <summary>The methods the kernel is made of; parse-time only (they hold symbols, so never reach a model).</summary>
    private sealed record ModelMethods(ModelMethod Update, ModelMethod Threshold, ModelMethod? Reset)
    {
        public IEnumerable<ModelMethod> All => Reset is null ? [Update, Threshold] : [Update, Threshold, Reset];
    }
}
