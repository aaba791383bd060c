using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>
/// Where the kernel class lives: its namespace (empty for the global one) and the chain of type
/// declarations from the outermost containing type to the class itself.
/// </summary>
internal sealed record HierarchyInfo(string Namespace, EquatableArray<TypeDeclarationInfo> Types)
{
    /// <summary>The class's name as the generated code refers to it: <c>global::Ns.Outer.Inner</c>.</summary>
    public string FullyQualifiedName
    {
        get
        {
            string prefix = Namespace.Length == 0 ? "global::" : "global::" + Namespace + ".";
            var names = new string[Types.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = Types[i].Name;
            }

            return prefix + string.Join(".", names);
        }
    }

    /// <summary>The class's own name.</summary>
    public string Name => Types[Types.Count - 1].Name;

    /// <summary>The generated file's name: unique per class, stable across runs.</summary>
    public string HintName
    {
        get
        {
            string qualified = FullyQualifiedName.Substring("global::".Length);
            return qualified + ".FixedNumKernel.g.cs";
        }
    }
}

/// <summary>One type declaration of the hierarchy: its keyword (<c>class</c>, <c>record</c>, <c>struct</c>...) and name.</summary>
internal sealed record TypeDeclarationInfo(string Keyword, string Name);
