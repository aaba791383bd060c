using System;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Emitting;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using BrainEvent.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators;

/// <summary>
/// Implements <c>IPlasticityRule&lt;T&gt;</c> for every struct marked <c>[PlasticityRule]</c>: parse each struct into a
/// value-only model (<see cref="PlasticityRuleParser"/>), report its diagnostics, and emit one source file per
/// struct without errors (<see cref="PlasticityRuleEmitter"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PlasticityRuleGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Classes and records too, so that a misplaced attribute gets an error of ours besides the compiler's.
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.PlasticityRuleAttribute,
                static (node, _) => node is StructDeclarationSyntax or ClassDeclarationSyntax or RecordDeclarationSyntax,
                PlasticityRuleParser.Parse)
            .WithTrackingName(TrackingNames.Parse);

        var diagnostics = parsed
            .SelectMany(static (result, _) => result.Diagnostics.AsImmutableArray())
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(DiagnosticDescriptors.Create(diagnostic)));

        var models = parsed
            .Where(static result => result.Info is not null)
            .Select(static (result, _) => result.Info!)
            .WithTrackingName(TrackingNames.Models);
        context.RegisterSourceOutput(
            models.WithAllHierarchies(static info => info.Hierarchy), static (output, pair) => Emit(output, pair.Model, pair.All));
    }

    private static void Emit(SourceProductionContext output, PlasticityRuleInfo info, EquatableArray<HierarchyInfo> hierarchies)
    {
        var (source, failure) = TryEmit(info);
        if (failure is not null)
        {
            output.ReportDiagnostic(failure);
            return;
        }

        output.AddSource(info.Hierarchy.HintNameAmong(hierarchies, HierarchyInfo.PlasticityRuleKind), source!);
    }

    /// <summary>The struct's source, or (never a crashed build) an internal-error diagnostic and nothing generated.</summary>
    internal static (string? Source, Diagnostic? Failure) TryEmit(PlasticityRuleInfo info)
    {
        try
        {
            return (PlasticityRuleEmitter.Emit(info), null);
        }
        catch (Exception exception)
        {
            var failure = Diagnostic.Create(
                DiagnosticDescriptors.PlasticityRuleInternalError, Location.None, info.Hierarchy.Name, exception.GetType().Name + ": " + exception.Message);
            return (null, failure);
        }
    }
}
