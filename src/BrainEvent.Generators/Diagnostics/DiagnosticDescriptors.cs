using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Model;
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

    // [NeuronModel] structs (BE2xxx).

    public static readonly DiagnosticDescriptor NeuronModelNotPartial = new(
        id: "BE2001",
        title: "Neuron model must be partial",
        messageFormat: "The type '{0}' must be declared partial so that the generated neuron model members can be added to '{1}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedNeuronModel = new(
        id: "BE2002",
        title: "Unsupported neuron model type",
        messageFormat: "'{0}' is {1}: a neuron model is a struct, not readonly, not a ref struct, not generic and not nested in a generic type",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FileLocalNeuronModel = new(
        id: "BE2003",
        title: "File-local neuron model",
        messageFormat: "The type '{0}' cannot be a neuron model because '{1}' is file-local: its members are generated into another file, which cannot see it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedStateField = new(
        id: "BE2004",
        title: "Unsupported state field",
        messageFormat: "The state field '{0}' of '{1}' is {2}: state fields are writable float or double fields (mark a parameter [Shared])",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MixedStateFields = new(
        id: "BE2005",
        title: "State fields of mixed types",
        messageFormat: "The state field '{0}' is {1} but '{2}' is {3}: all state fields of a neuron model have one type, float or double",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoStateField = new(
        id: "BE2006",
        title: "Neuron model without state",
        messageFormat: "The neuron model '{0}' has no state field: declare at least one float or double instance field without [Shared]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongUpdate = new(
        id: "BE2007",
        title: "Missing or wrong Update method",
        messageFormat: "The neuron model '{0}' must declare a non-generic instance method 'void Update({1} dt)', one step of dt ms for one neuron",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongThreshold = new(
        id: "BE2008",
        title: "Missing or wrong Threshold method",
        messageFormat: "The neuron model '{0}' must declare a non-generic instance method 'bool Threshold()', true when the neuron spikes",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongReset = new(
        id: "BE2009",
        title: "Wrong Reset method",
        messageFormat: "'Reset' of the neuron model '{0}' must be a non-generic instance method 'void Reset()', run on the neurons that spiked",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SharedFieldAssigned = new(
        id: "BE2010",
        title: "Shared field assigned by the neuron update",
        messageFormat: "'{1}' changes the [Shared] field '{0}', which has one value per population: Update, Threshold and Reset run per neuron, so the change would be lost; keep per-neuron values in state fields",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnlessRefractoryNotState = new(
        id: "BE2011",
        title: "[UnlessRefractory] on a field that is not state",
        messageFormat: "'{0}' is {1}: only per-neuron state fields can be [UnlessRefractory]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadRefractoryPeriod = new(
        id: "BE2012",
        title: "Bad refractory period",
        messageFormat: "RefractoryPeriod {0} is not a finite number of ms at or above 0",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NeuronModelNameTaken = new(
        id: "BE2013",
        title: "Name taken by generated neuron model code",
        messageFormat: "'{0}' is also the name of {1} the generator adds to '{2}' ({3}): rename it; nothing is generated for '{2}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NeuronModelNotVectorised = new(
        id: "BE2014",
        title: "Neuron model not vectorised: its methods run per neuron",
        messageFormat: "'{0}' of the neuron model '{1}' uses {2}, which has no vector form; the update calls the model's methods one neuron at a time instead (correct, not vectorised)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NeuronModelInternalError = new(
        id: "BE2015",
        title: "Neuron model generator failed",
        messageFormat: "The BrainEvent neuron model generator failed on '{0}' and generated nothing for it: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AutoPropertyInNeuronModel = new(
        id: "BE2016",
        title: "Instance auto-property in a neuron model",
        messageFormat: "'{0}' is an instance auto-property of '{1}', which the generated update would not keep per neuron: make it a field (state, or [Shared])",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PlasticityRuleNotPartial = new(
        id: "BE3001",
        title: "Plasticity rule must be partial",
        messageFormat: "The type '{0}' must be declared partial so that the generated IPlasticityRule implementation can be added to '{1}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedPlasticityRule = new(
        id: "BE3002",
        title: "Unsupported plasticity rule type",
        messageFormat: "The plasticity rule '{0}' is {1}: it must be a non-generic struct that is not a ref struct (Connect takes it as a struct type argument), nested only in non-generic types",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FileLocalPlasticityRule = new(
        id: "BE3003",
        title: "File-local plasticity rule",
        messageFormat: "The plasticity rule '{0}' cannot be file-local ('{1}' is): the generated file could not name it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongPlasticityUpdate = new(
        id: "BE3004",
        title: "Missing or wrong OnPre or OnPost method",
        messageFormat: "The plasticity rule '{0}' needs one public instance method 'T {1}(T w, T {2})' with T float or double, parameters by value and no type parameters; {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MixedPlasticityElements = new(
        id: "BE3005",
        title: "OnPre and OnPost of different element types",
        messageFormat: "OnPre of '{0}' computes in {1} and OnPost in {2}: a rule updates weights of one element type, so both must use the same",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadTraceTimeConstant = new(
        id: "BE3006",
        title: "Bad trace time constant",
        messageFormat: "{0} {1} is not a positive, finite time in ms",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadTraceIncrement = new(
        id: "BE3007",
        title: "Bad trace increment",
        messageFormat: "{0} {1} is not a finite number",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PlasticityRuleNameTaken = new(
        id: "BE3008",
        title: "Name taken by generated plasticity rule code",
        messageFormat: "'{0}' is also the name of the IPlasticityRule member the generator adds to '{1}' ({2}): rename it; nothing is generated for '{1}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PlasticityRuleInternalError = new(
        id: "BE3009",
        title: "Plasticity rule generator failed",
        messageFormat: "The BrainEvent plasticity rule generator failed on '{0}' and generated nothing for it: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        ClassNotPartial, UnsupportedClass, UnsupportedMatrixType, UnsupportedElementType, NConnNotPositive,
        DuplicateNConn, SeveralTransforms, WrongTransformSignature, UnsupportedConstruct, InternalError,
        InheritedTransform, FileLocalClass, GeneratedNameTaken,
        NeuronModelNotPartial, UnsupportedNeuronModel, FileLocalNeuronModel, UnsupportedStateField, MixedStateFields,
        NoStateField, WrongUpdate, WrongThreshold, WrongReset, SharedFieldAssigned, UnlessRefractoryNotState,
        BadRefractoryPeriod, NeuronModelNameTaken, NeuronModelNotVectorised, NeuronModelInternalError, AutoPropertyInNeuronModel,
        PlasticityRuleNotPartial, UnsupportedPlasticityRule, FileLocalPlasticityRule, WrongPlasticityUpdate, MixedPlasticityElements,
        BadTraceTimeConstant, BadTraceIncrement, PlasticityRuleNameTaken, PlasticityRuleInternalError,
    }.ToDictionary(d => d.Id);

    /// <summary>The descriptor a model's <c>DiagnosticInfo</c> names.</summary>
    public static DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>The diagnostic a model's <c>DiagnosticInfo</c> describes.</summary>
    public static Diagnostic Create(DiagnosticInfo info) => Diagnostic.Create(Get(info.DescriptorId), info.Location?.ToLocation(), [.. info.Arguments]);
}
