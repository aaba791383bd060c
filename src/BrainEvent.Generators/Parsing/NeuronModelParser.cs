using System;
using System.Globalization;
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
/// Turns one <c>[NeuronModel]</c> struct into a <see cref="NeuronModelInfo"/> and its diagnostics: the
/// declaration, the attribute, the fields (<c>NeuronModelParser.Fields.cs</c>), the methods and their
/// translation (<c>NeuronModelParser.Methods.cs</c>). Errors leave the model null (nothing is generated);
/// a method without a vector form is a warning and a model whose update runs per neuron.
/// </summary>
internal static partial class NeuronModelParser
{
    public static NeuronModelParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        try
        {
            return ParseModel(context, declaration, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator must never throw: the user gets an error on the struct instead of a crashed build.
            var diagnostics = new DiagnosticsBuilder();
            diagnostics.Add(
                DiagnosticDescriptors.NeuronModelInternalError,
                declaration.Identifier.GetLocation(),
                declaration.Identifier.Text,
                exception.GetType().Name + ": " + exception.Message);
            return new NeuronModelParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static NeuronModelParseResult ParseModel(GeneratorAttributeSyntaxContext context, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        if (!TypeHierarchy.HasValidNames(type))
        {
            // A syntax error left a name out; the compiler reports it, and a nameless type cannot be generated into.
            return new NeuronModelParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        if (!TypeHierarchy.IsFirstApplication(type, declaration, KnownNames.NeuronModelAttribute))
        {
            // [NeuronModel] on several partial declarations of one struct (the compiler reports CS0579): only
            // the first generates, so the struct gets one file and each diagnostic once.
            return new NeuronModelParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new DiagnosticsBuilder();
        CheckDeclarations(type, declaration, diagnostics);
        NeuronModelNameCheck.Check(type, declaration, diagnostics);
        double refractoryPeriod = ParseRefractoryPeriod(context.Attributes[0], cancellationToken, diagnostics);
        var (fields, element) = ParseFields(type, declaration, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        var methods = ParseMethods(type, declaration, element, context.SemanticModel, cancellationToken, diagnostics);
        if (diagnostics.HasErrors || element is null || methods is null)
        {
            return new NeuronModelParseResult(null, diagnostics.ToEquatableArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var kernel = TranslateKernel(type, fields, element.Value, methods, diagnostics);
        var info = new NeuronModelInfo(TypeHierarchy.From(type), element.Value, refractoryPeriod, fields, methods.Reset is not null, kernel);
        return new NeuronModelParseResult(info, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The struct and every type containing it must be partial and not file-local; the model must be a plain
    /// struct (its generated <c>ReadState</c> writes its fields; <c>INeuronModel</c> takes no ref struct) and
    /// not generic (the interface names one closed type).
    /// </summary>
    private static void CheckDeclarations(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics) =>
        DeclarationChecks.CheckPlainStruct(
            type,
            declaration,
            diagnostics,
            DiagnosticDescriptors.NeuronModelNotPartial,
            DiagnosticDescriptors.UnsupportedNeuronModel,
            DiagnosticDescriptors.FileLocalNeuronModel,
            readOnlyAllowed: false);

    /// <summary>The attribute's <c>RefractoryPeriod</c>, 0 when not given; a negative, NaN or infinite one is an error on its argument.</summary>
    private static double ParseRefractoryPeriod(AttributeData attribute, CancellationToken cancellationToken, DiagnosticsBuilder diagnostics)
    {
        var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == KnownNames.RefractoryPeriodProperty);
        if (argument.Value.Value is not double period)
        {
            return 0;
        }

        if (double.IsNaN(period) || double.IsInfinity(period) || period < 0)
        {
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            var location = syntax?.ArgumentList?.Arguments
                .FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == KnownNames.RefractoryPeriodProperty)?.GetLocation() ?? syntax?.GetLocation();
            diagnostics.Add(DiagnosticDescriptors.BadRefractoryPeriod, location, period.ToString("R", CultureInfo.InvariantCulture));
        }

        return period;
    }

    private static bool HasAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == metadataName);

    private static string Keyword(SpecialType type) => type == SpecialType.System_Single ? "float" : "double";
}
