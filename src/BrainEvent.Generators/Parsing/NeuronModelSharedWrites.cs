using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Finds where a method body changes a <c>[Shared]</c> field of its own neuron: assigned (simply, compounded or
/// in a deconstruction), incremented, passed by <c>ref</c> or <c>out</c>, or bound to a <c>ref</c> local. Such a
/// change would silently stay with one neuron's copy, so the parser reports it.
/// </summary>
internal static class NeuronModelSharedWrites
{
    /// <summary>The writing operations with the field each writes, in source order.</summary>
    public static IEnumerable<(IOperation Write, string Field)> Find(IOperation body, INamedTypeSymbol type, ISet<string> shared) =>
        body.Descendants()
            .OfType<IFieldReferenceOperation>()
            .Where(f => f.Instance is IInstanceReferenceOperation
                && shared.Contains(f.Field.Name)
                && SymbolEqualityComparer.Default.Equals(f.Field.ContainingType, type))
            .Select(f => (Write: WriteOf(f), Field: f.Field.Name))
            .Where(w => w.Write is not null)
            .Select(w => (w.Write!, w.Field));

    /// <summary>The operation that writes through <paramref name="reference"/>, or null when it only reads.</summary>
    private static IOperation? WriteOf(IFieldReferenceOperation reference)
    {
        IOperation target = reference;
        while (target.Parent is ITupleOperation tuple)
        {
            target = tuple;
        }

        return target.Parent switch
        {
            // Simple, compound, ??= and deconstruction assignments.
            IAssignmentOperation assignment when assignment.Target == target => assignment,
            IIncrementOrDecrementOperation step => step,
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.RefKind: RefKind.Ref } declarator } => declarator,
            _ => null,
        };
    }
}
