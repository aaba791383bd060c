using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

/// <summary>
/// The values of a neuron kernel that are the same for every neuron: literals, <c>dt</c>, shared fields, static
/// members, the locals of <c>Update</c> set once from such values, and any expression of them. The kernel
/// computes each once per call, in scalar code exactly as written (so <c>MathF.Exp(-dt / TauE)</c> is the
/// user's own call, not the lanes' polynomial), and broadcasts it; lanes only compute what varies per neuron.
/// </summary>
internal sealed class NeuronKernelUniforms
{
    private readonly HashSet<int> _uniformLocals = [];
    private readonly Dictionary<ValueExpression, string> _fieldNames = [];
    private readonly NeuronKernelInfo _kernel;

    private NeuronKernelUniforms(NeuronKernelInfo kernel)
    {
        _kernel = kernel;
    }

    /// <summary>The uniform values the lanes read, in first-use order: each a broadcast field of the kernel struct.</summary>
    public List<ValueExpression> Broadcasts { get; } = [];

    /// <summary>The top-level declarations of <c>Update</c> whose local is uniform, in order: computed in scalar code.</summary>
    public List<DeclarationStatement> UniformDeclarations { get; } = [];

    /// <summary>Whether a broadcast or a uniform local reads <c>dt</c> (then the kernel's constructor converts it once).</summary>
    public bool ReadsTimeStep { get; private set; }

    /// <summary>Finds the uniform locals and the broadcasts of <paramref name="kernel"/>, visiting it in the order the kernel is written.</summary>
    public static NeuronKernelUniforms Analyze(NeuronKernelInfo kernel)
    {
        var uniforms = new NeuronKernelUniforms(kernel);
        uniforms.FindUniformLocals();
        uniforms.VisitStatements(kernel.Update);
        uniforms.VisitCondition(kernel.Threshold);
        uniforms.VisitStatements(kernel.Reset);
        return uniforms;
    }

    public bool IsUniformLocal(int local) => _uniformLocals.Contains(local);

    /// <summary>The broadcast field that holds <paramref name="value"/>: <c>_Name</c> for a shared or static member, else <c>_0</c>, <c>_1</c>...</summary>
    public string FieldOf(ValueExpression value) => _fieldNames[value];

    public bool IsUniform(ValueExpression value) => ExpressionTrees.Leaves(value).All(leaf => leaf switch
    {
        LiteralExpression or ParameterExpression or TimeStepExpression => true,
        LocalExpression local => _uniformLocals.Contains(local.Index),
        _ => false,
    });

    /// <summary>A local is uniform when its only assignment is its top-level declaration, from uniform values.</summary>
    private void FindUniformLocals()
    {
        var assigned = new HashSet<int>();
        CollectAssigned(_kernel.Update, assigned);
        foreach (var statement in _kernel.Update)
        {
            if (statement is DeclarationStatement { Value: { } value } declaration && !assigned.Contains(declaration.Local) && IsUniform(value))
            {
                _uniformLocals.Add(declaration.Local);
                UniformDeclarations.Add(declaration);
                ReadsTimeStep |= ExpressionTrees.Leaves(value).Any(leaf => leaf is TimeStepExpression);
            }
        }
    }

    private static void CollectAssigned(IEnumerable<NeuronStatement> statements, HashSet<int> assigned)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case AssignmentStatement { Target: LocalExpression local }:
                    assigned.Add(local.Index);
                    break;
                case IfStatement branch:
                    CollectAssigned(branch.WhenTrue, assigned);
                    CollectAssigned(branch.WhenFalse, assigned);
                    break;
            }
        }
    }

    private void VisitStatements(IEnumerable<NeuronStatement> statements)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case DeclarationStatement { Value: { } value } declaration when !_uniformLocals.Contains(declaration.Local):
                    Visit(value);
                    break;
                case AssignmentStatement assignment:
                    Visit(assignment.Value);
                    break;
                case IfStatement branch:
                    VisitCondition(branch.Condition);
                    VisitStatements(branch.WhenTrue);
                    VisitStatements(branch.WhenFalse);
                    break;
            }
        }
    }

    /// <summary>Registers the largest uniform parts of a per-lane value (literals excepted: they are written in place).</summary>
    private void Visit(ValueExpression value)
    {
        if (IsUniform(value))
        {
            if (value is not LiteralExpression && !_fieldNames.ContainsKey(value))
            {
                _fieldNames.Add(value, value is ParameterExpression parameter
                    ? "_" + _kernel.Parameters[parameter.Index].MemberName
                    : "_" + (Broadcasts.Count(b => b is not ParameterExpression)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Broadcasts.Add(value);
                ReadsTimeStep |= ExpressionTrees.Leaves(value).Any(leaf => leaf is TimeStepExpression);
            }

            return;
        }

        switch (value)
        {
            case NegateExpression negate:
                Visit(negate.Operand);
                break;
            case BinaryExpression binary:
                Visit(binary.Left);
                Visit(binary.Right);
                break;
            case CallExpression call:
                foreach (var argument in call.Arguments)
                {
                    Visit(argument);
                }

                break;
            case ConditionalExpression conditional:
                VisitCondition(conditional.Condition);
                Visit(conditional.WhenTrue);
                Visit(conditional.WhenFalse);
                break;
        }
    }

    private void VisitCondition(ConditionExpression condition)
    {
        switch (condition)
        {
            case ComparisonExpression comparison:
                Visit(comparison.Left);
                Visit(comparison.Right);
                break;
            case LogicalExpression logical:
                VisitCondition(logical.Left);
                VisitCondition(logical.Right);
                break;
            case NotExpression not:
                VisitCondition(not.Operand);
                break;
        }
    }
}
