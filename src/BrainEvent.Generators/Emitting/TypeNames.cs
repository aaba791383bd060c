using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

/// <summary>How generated code spells the user's type and its namespace.</summary>
internal static class TypeNames
{
    /// <summary>The type as generated code names it: <c>global::Ns.Outer.Inner</c>.</summary>
    public static string Qualified(HierarchyInfo hierarchy)
    {
        var types = hierarchy.Types.Select(t => Identifiers.Escape(t.Name));
        string prefix = hierarchy.Namespace.Length == 0 ? "global::" : "global::" + Namespace(hierarchy) + ".";
        return prefix + string.Join(".", types);
    }

    /// <summary>The namespace with each segment escaped (a segment's name cannot contain a dot, so splitting is exact).</summary>
    public static string Namespace(HierarchyInfo hierarchy) => string.Join(".", hierarchy.Namespace.Split('.').Select(Identifiers.Escape));
}
