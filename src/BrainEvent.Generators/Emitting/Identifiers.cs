using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace BrainEvent.Generators.Emitting;

/// <summary>User names as generated code must spell them (the model holds them without <c>@</c>).</summary>
internal static class Identifiers
{
    /// <summary>
    /// A name where it follows <c>namespace</c> or a dot: with <c>@</c> only when it is a reserved keyword
    /// (<c>@class</c>). Contextual keywords (<c>var</c>, <c>nameof</c>...) are identifiers there.
    /// </summary>
    public static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

    /// <summary>
    /// A type's name in its generated <c>partial</c> declaration. The compiler checks a declared name unless it
    /// is written with <c>@</c>: it rejects <c>record</c>, <c>file</c>, <c>required</c>, <c>scoped</c> and warns on
    /// any name of lowercase ASCII letters only (CS8981). The user silenced that with <c>@</c> in their own
    /// declaration or sees it there; the generated one must not repeat it, so such names get <c>@</c> too.
    /// </summary>
    public static string EscapeDeclared(string name) =>
        name.All(c => c is >= 'a' and <= 'z') ? "@" + name : Escape(name);
}
