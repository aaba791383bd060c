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
/// Generates fused product kernels for every class marked <c>[FixedNumKernel]</c>: parse each class into a
/// value-only model (<see cref="KernelClassParser"/>), report its diagnostics, and emit one source file per
/// class without errors (<see cref="KernelEmitter"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FixedNumKernelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.FixedNumKernelAttribute,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                KernelClassParser.Parse)
            .WithTrackingName(TrackingNames.Parse);

        var diagnostics = parsed
            .SelectMany(static (result, _) => result.Diagnostics.AsImmutableArray())
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(ToDiagnostic(diagnostic)));

        var models = parsed
            .Where(static result => result.Info is not null)
            .Select(static (result, _) => result.Info!)
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(
            models.WithAllHierarchies(static info => info.Hierarchy), static (output, pair) => Emit(output, pair.Model, pair.All));
    }

    private static void Emit(SourceProductionContext output, KernelClassInfo info, EquatableArray<HierarchyInfo> hierarchies)
    {
        var (source, failure) = TryEmit(info);
        if (failure is not null)
        {
            output.ReportDiagnostic(failure);
            return;
        }

        output.AddSource(info.Hierarchy.HintNameAmong(hierarchies, HierarchyInfo.FixedNumKernelKind), source!);
    }

    /// <summary>The class's source, or (never a crashed build) an internal-error diagnostic and nothing generated.</summary>
    internal static (string? Source, Diagnostic? Failure) TryEmit(KernelClassInfo info)
    {
        try
        {
            return (KernelEmitter.Emit(info), null);
        }
        catch (Exception exception)
        {
            var failure = Diagnostic.Create(
                DiagnosticDescriptors.InternalError, Location.None, info.Hierarchy.Name, exception.GetType().Name + ": " + exception.Message);
            return (null, failure);
        }
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info) =>
        Diagnostic.Create(DiagnosticDescriptors.Get(info.DescriptorId), info.Location?.ToLocation(), [.. info.Arguments]);
}
