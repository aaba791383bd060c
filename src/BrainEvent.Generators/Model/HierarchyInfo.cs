using System;
using System.Globalization;
using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Model;

/// <summary>
/// Where a kernel class or neuron model lives: its namespace (empty for the global one) and the chain of type
/// declarations from the outermost containing type to the type itself. Names are held as the symbols
/// have them, without <c>@</c>; the emitter escapes them.
/// </summary>
internal sealed record HierarchyInfo(string Namespace, EquatableArray<TypeDeclarationInfo> Types)
{
    /// <summary>The type's own name.</summary>
    public string Name => Types[Types.Count - 1].Name;

    /// <summary>The kind of file the <c>[FixedNumKernel]</c> generator makes, in its file names.</summary>
    public const string FixedNumKernelKind = "FixedNumKernel";

    /// <summary>The kind of file the <c>[NeuronModel]</c> generator makes, in its file names.</summary>
    public const string NeuronModelKind = "NeuronModel";

    /// <summary>The kind of file the <c>[PlasticityRule]</c> generator makes, in its file names.</summary>
    public const string PlasticityRuleKind = "PlasticityRule";

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

    /// <summary>
    /// The name of the <paramref name="kind"/> file among those of every type the generator makes one for:
    /// <see cref="FileName"/>, unless another type's is the same ignoring case (file names are compared so:
    /// types <c>Ab</c> and <c>AB</c> of one namespace); then a hash of the exact hierarchy keeps it unique.
    /// </summary>
    public string HintNameAmong(EquatableArray<HierarchyInfo> all, string kind)
    {
        string name = FileName(kind);
        foreach (var other in all)
        {
            if (!Equals(other) && string.Equals(other.FileName(kind), name, StringComparison.OrdinalIgnoreCase))
            {
                return FileName(StableHash().ToString("x8", CultureInfo.InvariantCulture) + "." + kind);
            }
        }

        return name;
    }

    /// <summary>FNV-1a of the namespace and each type's keyword and name: the same on every run and machine.</summary>
    private uint StableHash()
    {
        uint hash = 2166136261;
        void Add(string text)
        {
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            hash = (hash ^ '/') * 16777619;
        }

        Add(Namespace);
        foreach (var type in Types)
        {
            Add(type.Keyword);
            Add(type.Name);
        }

        return hash;
    }
}

/// <summary>One type declaration of the hierarchy: its keyword (<c>class</c>, <c>record</c>, <c>struct</c>...) and name.</summary>
internal sealed record TypeDeclarationInfo(string Keyword, string Name);
