using System.Linq;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Reports the user's members, and the class itself, named like a member the generated code declares in the
/// class (<see cref="Names.ModelMembers"/>): the generated file would not compile. Generating nothing for the
/// class is simpler than leaving out the clashing members, and a renamed member fixes it. A user method is
/// reported whatever its parameters: only one matching a generated overload's would clash (CS0111), but
/// comparing them would tie the parser to every overload the emitter writes.
/// </summary>
internal static class GeneratedNameCheck
{
    public static void Check(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics)
    {
        foreach (string name in Names.ModelMembers)
        {
            string generated = name == Names.Kernels ? "the nested class of kernels" : "the product methods";
            if (type.Name == name)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.GeneratedNameTaken,
                    declaration.Identifier.GetLocation(),
                    name,
                    generated,
                    type.Name,
                    "a member cannot have the name of its enclosing type, CS0542");
            }

            foreach (var member in type.GetMembers(name))
            {
                bool bothMethods = name != Names.Kernels && member is IMethodSymbol;
                string reason = bothMethods
                    ? "any method of that name is reported, since one with the parameters of a generated overload would not compile, CS0111"
                    : "a type cannot declare two members of the same name, CS0102";
                var location = member.Locations.FirstOrDefault(l => l.IsInSource) ?? declaration.Identifier.GetLocation();
                diagnostics.Add(DiagnosticDescriptors.GeneratedNameTaken, location, name, generated, type.Name, reason);
            }
        }
    }
}
