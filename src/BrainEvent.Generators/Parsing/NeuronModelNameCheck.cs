using System.Linq;
using BrainEvent.Generators.Diagnostics;
using BrainEvent.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Reports the user's members, and the struct itself, named like a member the generated code declares in the
/// struct (<see cref="NeuronModelNames.ModelMembers"/>): the generated file would not compile. The user's
/// <c>Update(T dt)</c> stays: the generated static <c>Update(in TSelf, in NeuronStepArgs)</c> is an overload of
/// it, so only an <c>Update</c> with those parameters, or a member that is not a method, clashes.
/// </summary>
internal static class NeuronModelNameCheck
{
    public static void Check(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DiagnosticsBuilder diagnostics)
    {
        foreach (string name in NeuronModelNames.ModelMembers.Append(NeuronModelNames.Update))
        {
            string generated = name == NeuronModelNames.LaneStepType ? "the nested struct of the vector kernel" : "a member of INeuronModel";
            if (type.Name == name)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.NeuronModelNameTaken,
                    declaration.Identifier.GetLocation(),
                    name,
                    generated,
                    type.Name,
                    "a member cannot have the name of its enclosing type, CS0542");
            }

            foreach (var member in type.GetMembers(name).Where(m => !m.IsImplicitlyDeclared))
            {
                string? reason = name != NeuronModelNames.Update ? "a type cannot declare two members of the same name, CS0102"
                    : member is not IMethodSymbol method ? "a type cannot declare a method and another member of the same name, CS0102"
                    : IsStepUpdate(method, type) ? "the generated Update has these parameters, CS0111"
                    : null;
                if (reason is not null)
                {
                    var location = member.Locations.FirstOrDefault(l => l.IsInSource) ?? declaration.Identifier.GetLocation();
                    diagnostics.Add(DiagnosticDescriptors.NeuronModelNameTaken, location, name, generated, type.Name, reason);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="method"/> takes the generated <c>Update</c>'s parameters (whatever their ref kinds, which overloads cannot differ by alone).</summary>
    private static bool IsStepUpdate(IMethodSymbol method, INamedTypeSymbol type) =>
        method.Parameters.Length == 2
        && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, type)
        && method.Parameters[1].Type.ToDisplayString() == KnownNames.NeuronStepArgs;
}
