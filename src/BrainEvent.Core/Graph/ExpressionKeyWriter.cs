using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace BrainEvent.Graph;

/// <summary>
/// Writes a lambda template as canonical text: parameters by position, members and methods by their
/// metadata identity, primitive constants by value. Objects a lambda bakes in (a captured array, say) are
/// kept by reference beside the text. Node kinds this writer does not know make the lambda its own
/// structure (compared by reference), which is always correct, only never shared.
/// </summary>
internal static class ExpressionKeyWriter
{
    public static StructuralKey Write(Expression body, IReadOnlyList<ParameterExpression> parameters, int valueArity)
    {
        var writer = new Writer(parameters);
        var text = new StringBuilder();
        text.Append("fn").Append(valueArity).Append('/').Append(parameters.Count - valueArity).Append(':');
        if (!writer.TryWrite(body, text))
        {
            return new StructuralKey("opaque", [body]);
        }

        return new StructuralKey(text.ToString(), writer.Baked.ToArray());
    }

    private sealed class Writer(IReadOnlyList<ParameterExpression> parameters)
    {
        private readonly Dictionary<ParameterExpression, string> _names =
            parameters.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => "p" + x.i);

        public List<object> Baked { get; } = [];

        public bool TryWrite(Expression? node, StringBuilder text)
        {
            switch (node)
            {
                case null:
                    text.Append('_');
                    return true;
                case ParameterExpression p:
                    text.Append(NameOf(p));
                    return true;
                case ConstantExpression c:
                    WriteConstant(c, text);
                    return true;
                case BinaryExpression b:
                    text.Append('(').Append(b.NodeType).Append(' ');
                    WriteMethod(b.Method, text);
                    return TryWriteAll(text, b.Left, b.Right, b.Conversion) && Close(text);
                case UnaryExpression u:
                    text.Append('(').Append(u.NodeType).Append(' ').Append(TypeName(u.Type)).Append(' ');
                    WriteMethod(u.Method, text);
                    return TryWriteAll(text, u.Operand) && Close(text);
                case MethodCallExpression m:
                    text.Append("(call ");
                    WriteMethod(m.Method, text);
                    return TryWriteAll(text, [m.Object, .. m.Arguments]) && Close(text);
                case ConditionalExpression c:
                    text.Append("(? ").Append(TypeName(c.Type));
                    return TryWriteAll(text, c.Test, c.IfTrue, c.IfFalse) && Close(text);
                case MemberExpression m:
                    text.Append("(. ");
                    WriteMember(m.Member, text);
                    return TryWriteAll(text, m.Expression) && Close(text);
                case InvocationExpression i:
                    text.Append("(invoke");
                    return TryWriteAll(text, [i.Expression, .. i.Arguments]) && Close(text);
                case LambdaExpression l:
                    text.Append("(lambda ").Append(TypeName(l.Type));
                    foreach (var p in l.Parameters)
                    {
                        text.Append(' ').Append(NameOf(p));
                    }

                    return TryWriteAll(text, l.Body) && Close(text);
                case TypeBinaryExpression t:
                    text.Append('(').Append(t.NodeType).Append(' ').Append(TypeName(t.TypeOperand));
                    return TryWriteAll(text, t.Expression) && Close(text);
                case DefaultExpression d:
                    text.Append("(default ").Append(TypeName(d.Type)).Append(')');
                    return true;
                case NewExpression n when n.Members is null:
                    text.Append("(new ").Append(TypeName(n.Type)).Append(' ');
                    WriteMethod(n.Constructor, text);
                    return TryWriteAll(text, n.Arguments) && Close(text);
                case NewArrayExpression a:
                    text.Append('(').Append(a.NodeType).Append(' ').Append(TypeName(a.Type));
                    return TryWriteAll(text, a.Expressions) && Close(text);
                default:
                    return false;
            }
        }

        private bool TryWriteAll(StringBuilder text, params IEnumerable<Expression?> nodes)
        {
            foreach (var node in nodes)
            {
                text.Append(' ');
                if (!TryWrite(node, text))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Close(StringBuilder text)
        {
            text.Append(')');
            return true;
        }

        private string NameOf(ParameterExpression p)
        {
            if (!_names.TryGetValue(p, out var name))
            {
                name = "v" + _names.Count;
                _names.Add(p, name);
            }

            return name;
        }

        private void WriteConstant(ConstantExpression c, StringBuilder text)
        {
            text.Append("(const ").Append(TypeName(c.Type)).Append(' ');
            switch (c.Value)
            {
                case null:
                    text.Append("null");
                    break;
                case string s:
                    text.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                    break;
                case IConvertible primitive when c.Type.IsPrimitive || c.Type.IsEnum || c.Type == typeof(decimal):
                    text.Append(primitive.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append('#').Append(Baked.Count);
                    Baked.Add(c.Value);
                    break;
            }

            text.Append(')');
        }

        private static void WriteMethod(MethodBase? method, StringBuilder text)
        {
            if (method is null)
            {
                text.Append('_');
                return;
            }

            text.Append(TypeName(method.DeclaringType!)).Append("::").Append(method);
        }

        private static void WriteMember(MemberInfo member, StringBuilder text) =>
            text.Append(TypeName(member.DeclaringType!)).Append("::").Append(member.Name);

        private static string TypeName(Type type) => type.AssemblyQualifiedName ?? type.FullName ?? type.Name;
    }
}
