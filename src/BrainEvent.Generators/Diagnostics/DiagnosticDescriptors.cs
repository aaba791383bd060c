using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports (listed in AnalyzerReleases.Unshipped.md).</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "BrainEvent.Generators";

    public static readonly DiagnosticDescriptor ClassNotPartial = new(
        id: "BE1001",
        title: "Kernel class must be partial",
        messageFormat: "The type '{0}' must be declared partial so that generated kernels can be added to '{1}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedClass = new(
        id: "BE1002",
        title: "Unsupported kernel class",
        messageFormat: "The type '{0}' must be a non-static, non-generic class, nested only in non-generic types, to receive generated kernels",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedMatrixType = new(
        id: "BE1003",
        title: "Unsupported matrix type",
        messageFormat: "'{0}' is not a supported matrix type: use FixedPostNumConn<T> or FixedPreNumConn<T> with T float or double",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedElementType = new(
        id: "BE1004",
        title: "Unsupported element type",
        messageFormat: "The element type '{0}' is not supported: generated kernels compute in float or double",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NConnNotPositive = new(
        id: "BE1005",
        title: "NConn must be positive",
        messageFormat: "NConn {0} is not positive: every listed number of connections must be at least 1",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateNConn = new(
        id: "BE1006",
        title: "Duplicate NConn",
        messageFormat: "NConn {0} is listed more than once; the duplicate is ignored",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SeveralTransforms = new(
        id: "BE1007",
        title: "Several weight transforms",
        messageFormat: "'{0}' is a second [WeightTransform] method of '{1}' (the first is '{2}'): a kernel class has at most one",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongTransformSignature = new(
        id: "BE1008",
        title: "Wrong weight transform signature",
        messageFormat: "The weight transform '{0}' must be a non-generic method '{1} {0}({1} w)' or '{1} {0}({1} w, [PerSynapse] {1} g)' with parameters passed by value",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "BE1009",
        title: "Weight transform not vectorised",
        messageFormat: "The weight transform '{0}' uses {1}, which has no vector form; its kernels call '{0}' once per synapse instead (correct, not vectorised)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        id: "BE1010",
        title: "Kernel generator failed",
        messageFormat: "The BrainEvent kernel generator failed on '{0}' and generated nothing for it: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InheritedTransform = new(
        id: "BE1011",
        title: "Weight transform declared in a base class",
        messageFormat: "'{0}' is a [WeightTransform] method of the base class '{1}', which the kernels of '{2}' would not apply: declare the transform in '{2}' (it may call '{0}')",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FileLocalClass = new(
        id: "BE1012",
        title: "File-local kernel class",
        messageFormat: "The type '{0}' cannot receive generated kernels because '{1}' is file-local: the kernels are generated into another file, which cannot see it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GeneratedNameTaken = new(
        id: "BE1013",
        title: "Name taken by generated code",
        messageFormat: "'{0}' is also the name of {1} the generator adds to '{2}' ({3}): rename it; nothing is generated for '{2}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        ClassNotPartial, UnsupportedClass, UnsupportedMatrixType, UnsupportedElementType, NConnNotPositive,
        DuplicateNConn, SeveralTransforms, WrongTransformSignature, UnsupportedConstruct, InternalError,
        InheritedTransform, FileLocalClass, GeneratedNameTaken,
    }.ToDictionary(d => d.Id);

    /// <summary>The descriptor a model's <c>DiagnosticInfo</c> names.</summary>
    public static DiagnosticDescriptor Get(string id) => ById[id];
}
