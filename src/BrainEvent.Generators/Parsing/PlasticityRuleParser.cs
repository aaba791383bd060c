using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Turns one <c>[PlasticityRule]</c> struct into a <see cref="PlasticityRuleInfo"/> and its diagnostics: the
/// declaration, the attribute's trace constants, the name the generated code takes, and the signatures of
/// <c>OnPre</c> and <c>OnPost</c> (<c>PlasticityRuleParser.Methods.cs</c>). The bodies are the user's own scalar
/// code, which the runtime calls per synapse, so they are not read. Any error leaves the model null.
/// </summary>
internal static partial class PlasticityRuleParser
{
    /// <summary>The member the generated code declares, besides the interface it adds.</summary>
    public const string TracesMember = "Traces";

    public static PlasticityRuleParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        try
        {
            return ParseRule(context, declaration, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator must never throw: the user gets an error on the struct instead of a crashed build.
            var diagnostics = new DiagnosticsBuilder();
            diagnostics.Add(
                DiagnosticDescriptors.PlasticityRuleInternalError,
                declaration.Identifier.GetLocation(),
                declaration.Identifier.Text,
                exception.GetType().Name + ": " + exception.Message);
            return new PlasticityRuleParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static PlasticityRuleParseResult ParseRule(GeneratorAttributeSyntaxContext context, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        if (!TypeHierarchy.HasValidNames(type))
        {
            // A syntax error left a name out; the compiler reports it, and a nameless type cannot be generated into.
            return new PlasticityRuleParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        if (!TypeHierarchy.IsFirstApplication(type, declaration, KnownNames.PlasticityRuleAttribute))
        {
            // [PlasticityRule] on several partial declarations of one struct (the compiler reports CS0579): only
            // the first generates, so the struct gets one file and each diagnostic once.
            return new PlasticityRuleParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new DiagnosticsBuilder();
        CheckDeclarations(type, declaration, diagnostics);
        CheckGeneratedName(type, declaration, diagnostics);
        var traces = ParseTraces(context.Attributes[0], cancellationToken, diagnostics);
        var element = ParseUpdates(type, declaration, diagnostics);
        if (diagnostics.HasErrors || traces is null || element is null)
        {
            return new PlasticityRuleParseResult(null, diagnostics.ToEquatableArray());
        }

        var (tauPre, tauPost, aPlus, aMinus) = traces.Value;
        var info = new PlasticityRuleInfo(TypeHierarchy.From(type), element.Value, tauPre, tauPost, aPlus, aMinus);
        return new PlasticityRuleParseResult(info, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The struct and every type containing it must be partial and not file-local; the rule must be a struct that
    /// is neither a ref struct nor generic (Connect takes it as a <c>struct</c> type argument, and the interface
    /// names one closed type). A readonly struct is fine: the generated member only reads constants.
    /// </summary>
    private static void CheckDeclarations(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics) =>
        DeclarationChecks.CheckPlainStruct(
            type,
            declaration,
            diagnostics,
            DiagnosticDescriptors.PlasticityRuleNotPartial,
            DiagnosticDescriptors.UnsupportedPlasticityRule,
            DiagnosticDescriptors.FileLocalPlasticityRule,
            readOnlyAllowed: true);

    /// <summary>A member of the user's, or the struct itself, named like the generated <c>Traces</c>: the generated file would not compile.</summary>
    private static void CheckGeneratedName(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics)
    {
        if (type.Name == TracesMember)
        {
            diagnostics.Add(
                DiagnosticDescriptors.PlasticityRuleNameTaken,
                declaration.Identifier.GetLocation(),
                TracesMember,
                type.Name,
                "a member cannot have the name of its enclosing type, CS0542");
        }

        foreach (var member in type.GetMembers(TracesMember).Where(m => !m.IsImplicitlyDeclared))
        {
            var location = member.Locations.FirstOrDefault(l => l.IsInSource) ?? declaration.Identifier.GetLocation();
            diagnostics.Add(
                DiagnosticDescriptors.PlasticityRuleNameTaken,
                location,
                TracesMember,
                type.Name,
                "a type cannot declare two members of the same name, CS0102");
        }
    }

    /// <summary>
    /// The attribute's four constructor arguments, or null when the compiler could not bind them (it reports that);
    /// a time constant that is not positive and finite, or an increment that is not finite, is an error on its argument.
    /// </summary>
    private static (double TauPre, double TauPost, double APlus, double AMinus)? ParseTraces(
        AttributeData attribute, CancellationToken cancellationToken, DiagnosticsBuilder diagnostics)
    {
        var arguments = attribute.ConstructorArguments;
        var constructor = attribute.AttributeConstructor;
        if (constructor is null || arguments.Length != 4 || arguments.Any(a => a.Value is not double))
        {
            return null;
        }

        double[] values = [.. arguments.Select(a => (double)a.Value!)];
        for (int i = 0; i < values.Length; i++)
        {
            bool isTimeConstant = i < 2;
            bool bad = isTimeConstant ? !(values[i] > 0) || double.IsInfinity(values[i]) : double.IsNaN(values[i]) || double.IsInfinity(values[i]);
            if (bad)
            {
                diagnostics.Add(
                    isTimeConstant ? DiagnosticDescriptors.BadTraceTimeConstant : DiagnosticDescriptors.BadTraceIncrement,
                    ArgumentLocation(attribute, i, cancellationToken),
                    constructor.Parameters[i].Name,
                    values[i].ToString("R", CultureInfo.InvariantCulture));
            }
        }

        return (values[0], values[1], values[2], values[3]);
    }

    /// <summary>Where the attribute's constructor argument <paramref name="index"/> is written (named or positional), else the attribute.</summary>
    private static Location? ArgumentLocation(AttributeData attribute, int index, CancellationToken cancellationToken)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        var arguments = syntax?.ArgumentList?.Arguments;
        var constructor = attribute.AttributeConstructor;
        if (arguments is null || constructor is null)
        {
            return syntax?.GetLocation();
        }

        string name = constructor.Parameters[index].Name;
        var named = arguments.Value.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == name);
        if (named is not null)
        {
            return named.GetLocation();
        }

        // Positional arguments come before any named one, so the index is the argument's position.
        return index < arguments.Value.Count && arguments.Value[index].NameColon is null ? arguments.Value[index].GetLocation() : syntax!.GetLocation();
    }
}
