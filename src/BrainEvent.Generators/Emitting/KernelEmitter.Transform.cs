using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The transform as a struct with a scalar and a <c>Vector256</c> <c>Invoke</c>: the translated body with
    /// the model's members read once, in the constructor; or, when the body has no vector form, calls of the
    /// user's own method, lane by lane; or the identity when there is no transform.
    /// </summary>
    private void WriteTransform()
    {
        var transform = _info.Transform;
        string summary = transform switch
        {
            null => "No [WeightTransform] method: the weights are used as stored.",
            { Body: null } => "The weight transform <c>" + Identifiers.Escape(transform.MethodName) + "</c>, called once per synapse (its body has no vector form).",
            _ => "The weight transform <c>" + Identifiers.Escape(transform.MethodName) + "</c> in scalar and vector form; the model's members are read once per product, here.",
        };
        _w.WriteLine("/// <summary>" + summary + "</summary>");
        _w.WriteLine("internal readonly struct Transform");
        using (_w.WriteBlock())
        {
            bool keepsModel = transform is { Body: null, IsStatic: false };
            if (keepsModel)
            {
                _w.WriteLine("private readonly " + ModelType + " _model;");
                _w.WriteLine();
            }

            var parameters = transform?.Body is null ? [] : transform.Parameters.ToArray();
            for (int i = 0; i < parameters.Length; i++)
            {
                _w.WriteLine("private readonly " + _e.T + " _p" + Int(i) + "; // " + Identifiers.Escape(parameters[i].MemberName));
            }

            if (parameters.Length > 0)
            {
                _w.WriteLine();
            }

            _w.WriteLine("internal Transform(" + ModelType + " model)");
            using (_w.WriteBlock())
            {
                if (keepsModel)
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
            string scalarParameters = _e.T + " w" + (_hasG ? ", " + _e.T + " g" : string.Empty);
            string vectorParameters = _e.V256 + " w" + (_hasG ? ", " + _e.V256 + " g" : string.Empty);
            _w.WriteLine(Names.AggressiveInlining);
            _w.WriteLine("internal " + _e.T + " Invoke(" + scalarParameters + ") => " + ScalarBody(transform) + ";");
            _w.WriteLine();
            if (transform is { Body: null })
            {
                WriteLaneByLaneInvoke(vectorParameters);
            }
            else
            {
                _w.WriteLine(Names.AggressiveInlining);
                string body = transform?.Body is { } expression ? VectorValue(expression) : "w";
                _w.WriteLine("internal " + _e.V256 + " Invoke(" + vectorParameters + ") => " + body + ";");
            }
        }

        _w.WriteLine();
    }

    private string ScalarBody(TransformInfo? transform) => transform switch
    {
        null => "w",
        { Body: { } body } => ScalarValue(body),
        { IsStatic: true } => ModelType + "." + Identifiers.Escape(transform.MethodName) + "(w" + (_hasG ? ", g" : string.Empty) + ")",
        _ => "_model." + Identifiers.Escape(transform.MethodName) + "(w" + (_hasG ? ", g" : string.Empty) + ")",
    };

    /// <summary>The fallback's vector form: the scalar <c>Invoke</c> (the user's method) on each lane.</summary>
    private void WriteLaneByLaneInvoke(string vectorParameters)
    {
        string g = _hasG ? ", " + Names.Vector256 + ".GetElement(g, i)" : string.Empty;
        Code($$"""
            internal {{_e.V256}} Invoke({{vectorParameters}})
            {
                {{_e.Span}} lanes = stackalloc {{_e.T}}[{{Int(_e.Lanes)}}];
                for (int i = 0; i < {{Int(_e.Lanes)}}; i++)
                {
                    lanes[i] = Invoke({{Names.Vector256}}.GetElement(w, i){{g}});
                }

                return {{Names.Vector256}}.Create(({{_e.ReadOnlySpan}})lanes);
            }
            """);
    }

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
