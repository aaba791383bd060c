using System;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Helpers;

/// <summary>What every generator needs to name its files: the places of all the types it makes one for.</summary>
internal static class GeneratedFileNames
{
    /// <summary>
    /// Each model with the hierarchies of all models, so that <see cref="HierarchyInfo.HintNameAmong"/> can keep two
    /// files from getting names equal but for case (which AddSource rejects, failing the whole generator).
    /// </summary>
    public static IncrementalValuesProvider<(TInfo Model, EquatableArray<HierarchyInfo> All)> WithAllHierarchies<TInfo>(
        this IncrementalValuesProvider<TInfo> models, Func<TInfo, HierarchyInfo> hierarchy)
    {
        var hierarchies = models
            .Select((info, _) => hierarchy(info))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.Hierarchies);
        return models.Combine(hierarchies).Select(static (pair, _) => (pair.Left, pair.Right));
    }
}
