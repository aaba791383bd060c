using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>The transform's type in the kernel calls: the class's operator struct, or the library's identity.</summary>
    private string TransformType => _info.Transform is null ? Names.IdentityTransform + "<" + _e.T + ">" : Names.Kernels + ".Transform";

    /// <summary>The transform value of a product: built from the model when it reads its members or calls its method.</summary>
    private string TransformArgument => ReadsModel(_info.Transform) ? "new " + Names.Kernels + ".Transform(this)" : "default";

    private static bool ReadsModel(TransformInfo? transform) => transform switch
    {
        null => false,
        { Body: null } => !transform.IsStatic,
        _ => transform.Parameters.Count > 0,
    };

    /// <summary>
    /// The transform as an operator struct with a scalar and a <c>Vector256</c> <c>Invoke</c>: the translated body
    /// with the model's members read once per product, in the constructor; or, when the body has no vector form,
    /// the user's own method, which the vector form calls lane by lane.
    /// </summary>
    private void WriteTransform(TransformInfo transform)
    {
        string method = Identifiers.Escape(transform.MethodName);
        string contract = (_hasG ? Names.IPerSynapseTransform : Names.IWeightTransform) + "<" + _e.T + ">";
        _w.WriteLine(transform.Body is null
            ? "/// <summary>The weight transform <c>" + method + "</c>, called once per synapse (its body has no vector form).</summary>"
            : "/// <summary>The weight transform <c>" + method + "</c> in scalar and vector form.</summary>");
        _w.WriteLine("internal readonly struct Transform : " + contract);
        using (_w.WriteBlock())
        {
            WriteTransformState(transform);
            string scalarParameters = _e.T + " w" + (_hasG ? ", " + _e.T + " g" : string.Empty);
            string vectorParameters = _e.V256 + " w" + (_hasG ? ", " + _e.V256 + " g" : string.Empty);
            _w.WriteLine(Names.AggressiveInlining);
            _w.WriteLine("public " + _e.T + " Invoke(" + scalarParameters + ") => " + ScalarBody(transform) + ";");
            _w.WriteLine();
            _w.WriteLine(Names.AggressiveInlining);
            string vectorBody = transform.Body is { } body
                ? VectorValue(body)
                : Names.TransformLanes + ".Each<" + _e.T + ", Transform>(this, w" + (_hasG ? ", g" : string.Empty) + ")";
            _w.WriteLine("public " + _e.V256 + " Invoke(" + vectorParameters + ") => " + vectorBody + ";");
        }

        _w.WriteLine();
    }

    /// <summary>The model, or the members the body reads, as fields set by a constructor from the model.</summary>
    private void WriteTransformState(TransformInfo transform)
    {
        if (!ReadsModel(transform))
        {
            return;
        }

        var parameters = transform.Body is null ? [] : transform.Parameters.ToArray();
        if (transform.Body is null)
        {
            _w.WriteLine("private readonly " + ModelType + " _model;");
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            _w.WriteLine("private readonly " + _e.T + " _p" + Int(i) + "; // " + Identifiers.Escape(parameters[i].MemberName));
        }

        _w.WriteLine();
        _w.WriteLine("internal Transform(" + ModelType + " model)");
        using (_w.WriteBlock())
        {
            if (transform.Body is null)
            {
                _w.WriteLine("_model = model;");
            }

            for (int i = 0; i < parameters.Length; i++)
            {
                string owner = parameters[i].IsStatic ? ModelType : "model";
                _w.WriteLine("_p" + Int(i) + " = (" + _e.T + ")" + owner + "." + Identifiers.Escape(parameters[i].MemberName) + ";");
            }
        }

        _w.WriteLine();
    }

    private string ScalarBody(TransformInfo transform) => transform switch
    {
        { Body: { } body } => ScalarValue(body),
        { IsStatic: true } => ModelType + "." + Identifiers.Escape(transform.MethodName) + "(w" + (_hasG ? ", g" : string.Empty) + ")",
        _ => "_model." + Identifiers.Escape(transform.MethodName) + "(w" + (_hasG ? ", g" : string.Empty) + ")",
    };

    private string ScalarValue(ValueExpression expression) => expression switch
    {
        WeightExpression => "w",
        PerSynapseExpression => "g",
        LiteralExpression literal => _e.Literal(literal.Value),
        ParameterExpression parameter => "_p" + Int(parameter.Index),
        NegateExpression negate => Negated(ScalarValue(negate.Operand)),
        BinaryExpression binary => "(" + ScalarValue(binary.Left) + " " + Symbol(binary.Operator) + " " + ScalarValue(binary.Right) + ")",
        CallExpression call => call.MathType + "." + call.Function + "(" + string.Join(", ", call.Arguments.Select(ScalarValue)) + ")",
        ConditionalExpression conditional =>
            "(" + ScalarCondition(conditional.Condition) + " ? " + ScalarValue(conditional.WhenTrue) + " : " + ScalarValue(conditional.WhenFalse) + ")",
        _ => throw Unreachable(expression),
    };

    private string ScalarCondition(ConditionExpression condition) => condition switch
    {
        ComparisonExpression comparison =>
            "(" + ScalarValue(comparison.Left) + " " + Symbol(comparison.Operator) + " " + ScalarValue(comparison.Right) + ")",
        LogicalExpression logical => "(" + ScalarCondition(logical.Left) + (logical.IsAnd ? " && " : " || ") + ScalarCondition(logical.Right) + ")",
        NotExpression not => "(!" + ScalarCondition(not.Operand) + ")",
        BooleanLiteralExpression literal => literal.Value ? "true" : "false",
        _ => throw Unreachable(condition),
    };

    private string VectorValue(ValueExpression expression) => expression switch
    {
        WeightExpression => "w",
        PerSynapseExpression => "g",
        LiteralExpression literal => Names.Vector256 + ".Create(" + _e.Literal(literal.Value) + ")",
        ParameterExpression parameter => Names.Vector256 + ".Create(_p" + Int(parameter.Index) + ")",
        NegateExpression negate => Negated(VectorValue(negate.Operand)),
        BinaryExpression binary => "(" + VectorValue(binary.Left) + " " + Symbol(binary.Operator) + " " + VectorValue(binary.Right) + ")",
        CallExpression call => Names.Vector256 + "." + call.Function + "(" + string.Join(", ", call.Arguments.Select(VectorValue)) + ")",
        ConditionalExpression conditional =>
            Names.Vector256 + ".ConditionalSelect(" + VectorCondition(conditional.Condition) + ", "
            + VectorValue(conditional.WhenTrue) + ", " + VectorValue(conditional.WhenFalse) + ")",
        _ => throw Unreachable(expression),
    };

    /// <summary>A condition as a lane mask (all bits set where true), the first argument of a select.</summary>
    private string VectorCondition(ConditionExpression condition) => condition switch
    {
        ComparisonExpression { Operator: ComparisonOperator.NotEqual } comparison =>
            "(~" + Names.Vector256 + ".Equals(" + VectorValue(comparison.Left) + ", " + VectorValue(comparison.Right) + "))",
        ComparisonExpression comparison =>
            Names.Vector256 + "." + VectorComparison(comparison.Operator) + "(" + VectorValue(comparison.Left) + ", " + VectorValue(comparison.Right) + ")",
        LogicalExpression logical => "(" + VectorCondition(logical.Left) + (logical.IsAnd ? " & " : " | ") + VectorCondition(logical.Right) + ")",
        NotExpression not => "(~" + VectorCondition(not.Operand) + ")",
        BooleanLiteralExpression literal => _e.V256 + (literal.Value ? ".AllBitsSet" : ".Zero"),
        _ => throw Unreachable(condition),
    };

    private static string VectorComparison(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "Equals",
        ComparisonOperator.LessThan => "LessThan",
        ComparisonOperator.LessThanOrEqual => "LessThanOrEqual",
        ComparisonOperator.GreaterThan => "GreaterThan",
        ComparisonOperator.GreaterThanOrEqual => "GreaterThanOrEqual",
        _ => throw Unreachable(op),
    };

    /// <summary>Unary minus, spaced so that a negative operand never reads as <c>--</c>.</summary>
    private static string Negated(string operand) => "(-" + (operand.StartsWith("-", System.StringComparison.Ordinal) ? " " : string.Empty) + operand + ")";

    private static string Symbol(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        ArithmeticOperator.Divide => "/",
        _ => throw Unreachable(op),
    };

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        _ => throw Unreachable(op),
    };
}
