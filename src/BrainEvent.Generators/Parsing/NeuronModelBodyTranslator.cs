using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Helpers;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BrainEvent.Generators.Parsing;

/// <summary>
/// Translates the bodies of a neuron model's <c>Update</c> and <c>Reset</c> into <see cref="NeuronStatement"/>s
/// and its <c>Threshold</c> into a condition: locals, assignments (compound ones and <c>++</c>/<c>--</c>
/// expanded) to state fields and locals, and <c>if</c>/<c>else</c>, with the expressions translated by
/// <see cref="TransformTranslator"/>. Stops at the first construct without a vector form (<see cref="Unsupported"/>).
/// </summary>
internal sealed class NeuronModelBodyTranslator
{
    private readonly NeuronModelLeaves _leaves;
    private readonly TransformTranslator _expressions;
    private readonly SpecialType _element;
    private IOperation? _unsupported;

    public NeuronModelBodyTranslator(NeuronModelLeaves leaves, SpecialType element)
    {
        _leaves = leaves;
        _element = element;
        _expressions = new TransformTranslator(leaves, element);
    }

    /// <summary>The first construct without a vector form, once a translation returned null.</summary>
    public IOperation? Unsupported => _unsupported ?? _expressions.Unsupported;

    /// <summary>The statements of a method body, or null.</summary>
    public EquatableArray<NeuronStatement>? TranslateBody(IBlockOperation body)
    {
        var statements = new List<NeuronStatement>();
        var operations = body.Operations;

        // A bare `return;` ends the method where it stands only when it is its last statement.
        int count = operations.Length > 0 && operations[operations.Length - 1] is IReturnOperation { ReturnedValue: null }
            ? operations.Length - 1
            : operations.Length;
        return Statements(operations.Take(count), statements) ? statements.ToEquatableArray() : null;
    }

    /// <summary>What a body that only returns a condition returns (<c>=&gt; V &gt;= VTh</c> or <c>{ return V &gt;= VTh; }</c>), or null.</summary>
    public ConditionExpression? TranslateCondition(IBlockOperation body)
    {
        if (body.Operations.Length != 1 || body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
        {
            _unsupported ??= body;
            return null;
        }

        return _expressions.TranslateCondition(returned);
    }

    private bool Statements(IEnumerable<IOperation> operations, List<NeuronStatement> into)
    {
        foreach (var operation in operations)
        {
            bool translated = operation switch
            {
                IBlockOperation block => Statements(block.Operations, into),
                IVariableDeclarationGroupOperation group => Declarations(group, into),
                IExpressionStatementOperation statement => Assignment(statement.Operation, into),
                IConditionalOperation conditional when conditional.Type is null => If(conditional, into),
                IEmptyOperation => true,
                _ => Fail(operation),
            };
            if (!translated)
            {
                return false;
            }
        }

        return true;
    }

    private bool Declarations(IVariableDeclarationGroupOperation group, List<NeuronStatement> into)
    {
        foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators))
        {
            var local = declarator.Symbol;
            if (local.IsConst)
            {
                // Its uses are constants, folded where they are read.
                continue;
            }

            if (local.RefKind != RefKind.None || local.Type.SpecialType != _element)
            {
                return Fail(declarator);
            }

            ValueExpression? value = null;
            if (declarator.GetVariableInitializer() is { } initializer && (value = _expressions.Translate(initializer.Value)) is null)
            {
                return false;
            }

            into.Add(new DeclarationStatement(_leaves.Declare(local).Index, value));
        }

        return true;
    }

    private bool Assignment(IOperation operation, List<NeuronStatement> into)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { IsRef: false } simple:
                return Assign(simple, simple.Target, simple.Value, null, into);
            case ICompoundAssignmentOperation { OperatorMethod: null } compound when compound.InConversion.IsIdentity && compound.OutConversion.IsIdentity:
                return TransformTranslator.ArithmeticOf(compound.OperatorKind) is { } op
                    ? Assign(compound, compound.Target, compound.Value, op, into)
                    : Fail(compound);
            case IIncrementOrDecrementOperation { OperatorMethod: null } step:
                var target = _leaves.Variable(step.Target);
                if (target is null)
                {
                    return Fail(step);
                }

                var stepOperator = step.Kind == OperationKind.Increment ? ArithmeticOperator.Add : ArithmeticOperator.Subtract;
                into.Add(new AssignmentStatement(target, new BinaryExpression(stepOperator, target, new LiteralExpression(1))));
                return true;
            default:
                return Fail(operation);
        }
    }

    /// <summary><c>target = value</c>, or with <paramref name="op"/> <c>target = target op value</c>.</summary>
    private bool Assign(IOperation whole, IOperation targetOperation, IOperation valueOperation, ArithmeticOperator? op, List<NeuronStatement> into)
    {
        var target = _leaves.Variable(targetOperation);
        if (target is null)
        {
            return Fail(whole);
        }

        var value = _expressions.Translate(valueOperation);
        if (value is null)
        {
            return false;
        }

        into.Add(new AssignmentStatement(target, op is { } arithmetic ? new BinaryExpression(arithmetic, target, value) : value));
        return true;
    }

    private bool If(IConditionalOperation conditional, List<NeuronStatement> into)
    {
        var condition = _expressions.TranslateCondition(conditional.Condition);
        if (condition is null)
        {
            return false;
        }

        var whenTrue = new List<NeuronStatement>();
        var whenFalse = new List<NeuronStatement>();
        if (!Statements([conditional.WhenTrue], whenTrue)
            || (conditional.WhenFalse is { } otherwise && !Statements([otherwise], whenFalse)))
        {
            return false;
        }

        into.Add(new IfStatement(condition, whenTrue.ToEquatableArray(), whenFalse.ToEquatableArray()));
        return true;
    }

    private bool Fail(IOperation operation)
    {
        _unsupported ??= operation;
        return false;
    }
}
