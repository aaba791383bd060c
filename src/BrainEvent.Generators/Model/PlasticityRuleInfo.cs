using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>Everything the emitter needs for one <c>[PlasticityRule]</c> struct: values only, no Roslyn objects.</summary>
/// <param name="Hierarchy">The struct and the types containing it.</param>
/// <param name="Element">The element type of <c>OnPre</c> and <c>OnPost</c>: the weights' type.</param>
/// <param name="TauPre">The attribute's pre-synaptic time constant, in ms.</param>
/// <param name="TauPost">The attribute's post-synaptic time constant, in ms.</param>
/// <param name="APlus">The attribute's pre-synaptic trace increment.</param>
/// <param name="AMinus">The attribute's post-synaptic trace increment.</param>
internal sealed record PlasticityRuleInfo(HierarchyInfo Hierarchy, ElementKind Element, double TauPre, double TauPost, double APlus, double AMinus);

/// <summary>What parsing one <c>[PlasticityRule]</c> struct gives: the model (null when an error stops generation) and its diagnostics.</summary>
internal sealed record PlasticityRuleParseResult(PlasticityRuleInfo? Info, EquatableArray<DiagnosticInfo> Diagnostics);
