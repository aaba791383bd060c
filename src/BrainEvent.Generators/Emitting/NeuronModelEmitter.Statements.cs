using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class NeuronModelEmitter
{
    /// <summary>The branch each vector local was declared in: an assignment there needs no select.</summary>
    private readonly Dictionary<int, string?> _declaredUnder = [];

    /// <summary>The threshold's comparison when it is one (<see cref="WriteThreshold"/>), for Reset's selects.</summary>
    private ThresholdComparison? _thresholdComparison;

    private int _masks;

    /// <summary>
    /// Statements on every lane of <paramref name="mask"/> (null: every lane). An assignment under a mask keeps
    /// the other lanes' value with a select, except to a local declared under the same mask, which no other lane
    /// reads; an <c>if</c> becomes two masks, the branch's lanes and the others, each with its block.
    /// </summary>
    private void WriteStatements(IEnumerable<NeuronStatement> statements, string? mask)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case DeclarationStatement declaration when Uniforms.IsUniformLocal(declaration.Local):
                    break;
                case DeclarationStatement declaration:
                    _declaredUnder[declaration.Local] = mask;
                    string initial = declaration.Value is { } value ? VectorValue(value, outermost: true) : "TLanes.Zero";
                    _w.WriteLine("TLanes " + LocalName(declaration.Local) + " = " + initial + ";");
                    break;
                case AssignmentStatement assignment:
                    string target = VectorValue(assignment.Target, outermost: true);
                    string assigned = VectorValue(assignment.Value, outermost: true);
                    bool allLanes = mask is null || (assignment.Target is LocalExpression local && _declaredUnder[local.Index] == mask);
                    _w.WriteLine(target + " = " + (allLanes ? assigned : Selected(mask!, assigned, target)) + ";");
                    break;
                case IfStatement branch:
                    WriteIf(branch, mask);
                    break;
            }
        }
    }

    private void WriteIf(IfStatement branch, string? mask)
    {
        string condition = VectorCondition(branch.Condition);
        string whenTrue = NewMask();
        _w.WriteLine("TLanes " + whenTrue + " = " + (mask is null ? condition : "TLanes.And(" + mask + ", " + condition + ")") + ";");
        WriteBranch("// if", branch.WhenTrue, whenTrue);
        if (branch.WhenFalse.Count > 0)
        {
            string whenFalse = NewMask();
            _w.WriteLine("TLanes " + whenFalse + " = " + (mask is null ? "TLanes.Not(" + whenTrue + ")" : "TLanes.AndNot(" + mask + ", " + whenTrue + ")") + ";");
            WriteBranch("// else", branch.WhenFalse, whenFalse);
        }
    }

    private void WriteBranch(string comment, IEnumerable<NeuronStatement> statements, string mask)
    {
        _w.WriteLine(comment);
        using (_w.WriteBlock())
        {
            WriteStatements(statements, mask);
        }
    }

    private string NewMask() => "m" + Int(_masks++);
}
