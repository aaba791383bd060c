using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>
/// Where the kernel class lives: its namespace (empty for the global one) and the chain of type
/// declarations from the outermost containing type to the class itself. Names are held as the symbols
/// have them, without <c>@</c>; the emitter escapes them.
/// </summary>
internal sealed record HierarchyInfo(string Namespace, EquatableArray<TypeDeclarationInfo> Types)
{
    /// <summary>The class's own name.</summary>
    public string Name => Types[Types.Count - 1].Name;

    /// <summary>The generated file's name, <c>Ns.Outer.Inner.FixedNumKernel.g.cs</c>: unique per class, stable across runs.</summary>
    public string HintName => FileName("FixedNumKernel");

    /// <summary>A generated file's name, <c>Ns.Outer.Inner.{kind}.g.cs</c>: unique per type and generator, stable across runs.</summary>
    public string FileName(string kind)
    {
        var names = new string[Types.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Types[i].Name;
        }

        string prefix = Namespace.Length == 0 ? string.Empty : Namespace + ".";
        return prefix + string.Join(".", names) + "." + kind + ".g.cs";
    }
}

/// <summary>One type declaration of the hierarchy: its keyword (<c>class</c>, <c>record</c>, <c>struct</c>...) and name.</summary>
internal sealed record TypeDeclarationInfo(string Keyword, string Name);
