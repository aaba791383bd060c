using System.Globalization;
using System.Text;

namespace BrainEvent.IO;

/// <summary>
/// Parses the Python literals an NPY header is written in: a dict of string keys whose values are
/// strings, <c>True</c>/<c>False</c>/<c>None</c>, integers (a Python 2 <c>L</c> suffix is allowed),
/// tuples, lists and dicts. Strings come back as <see cref="string"/>, integers as <see cref="long"/>,
/// booleans as <see cref="bool"/>, tuples and lists as <see cref="List{T}"/> of object, dicts as
/// <see cref="Dictionary{TKey, TValue}"/>. Anything else is a <see cref="FormatException"/> saying where.
/// </summary>
internal ref struct PyLiteral
{
    /// <summary>
    /// The deepest nesting of dicts, tuples and lists accepted. The parser recurses once a level, so without
    /// a limit a small file could end the process with a stack overflow. NumPy writes depth 2 (the dict and
    /// its shape tuple); a structured dtype such as <c>[('x', '&lt;f4', (2,))]</c> needs 4, so 8 leaves room
    /// for those to reach the check that names them.
    /// </summary>
    private const int MaxDepth = 8;

    private readonly ReadOnlySpan<char> _text;
    private int _pos;
    private int _depth;

    private PyLiteral(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
        _depth = 0;
    }

    /// <summary>The dict literal <paramref name="text"/> (surrounding whitespace allowed).</summary>
    public static Dictionary<string, object?> ParseDict(string text)
    {
        var parser = new PyLiteral(text);
        parser.SkipSpace();
        if (parser.Peek() != '{')
        {
            throw parser.Error("expected a dict starting with '{'");
        }

        var value = (Dictionary<string, object?>)parser.ParseValue()!;
        parser.SkipSpace();
        if (parser._pos != parser._text.Length)
        {
            throw parser.Error("unexpected text after the dict");
        }

        return value;
    }

    private object? ParseValue()
    {
        SkipSpace();
        char c = Peek();
        return c switch
        {
            '{' => ParseDictBody(),
            '(' => ParseSequence(')'),
            '[' => ParseSequence(']'),
            '\'' or '"' => ParseString(),
            _ when c == '-' || char.IsAsciiDigit(c) => ParseInteger(),
            _ when char.IsAsciiLetter(c) => ParseName(),
            _ => throw Error(c == '\0' ? "unexpected end of the header" : $"unexpected character '{c}'"),
        };
    }

    private Dictionary<string, object?> ParseDictBody()
    {
        Enter();
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                Leave();
                return dict;
            }

            if (ParseValue() is not string key)
            {
                throw Error("dict keys must be strings");
            }

            SkipSpace();
            Expect(':');
            if (!dict.TryAdd(key, ParseValue()))
            {
                throw Error($"the key '{key}' appears twice");
            }

            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
            }
            else if (Peek() != '}')
            {
                throw Error("expected ',' or '}' in the dict");
            }
        }
    }

    private List<object?> ParseSequence(char close)
    {
        Enter();
        var items = new List<object?>();
        while (true)
        {
            SkipSpace();
            if (Peek() == close)
            {
                Leave();
                return items;
            }

            items.Add(ParseValue());
            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
            }
            else if (Peek() != close)
            {
                throw Error($"expected ',' or '{close}'");
            }
        }
    }

    private string ParseString()
    {
        char quote = _text[_pos++];
        var value = new StringBuilder();
        while (true)
        {
            char c = Peek();
            if (c == '\0' && _pos >= _text.Length)
            {
                throw Error("unterminated string");
            }

            _pos++;
            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\\')
            {
                c = Peek();
                _pos++;
            }

            value.Append(c);
        }
    }

    private long ParseInteger()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        if (!long.TryParse(_text[start.._pos], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw Error($"'{_text[start.._pos]}' is not a 64-bit integer");
        }

        if (Peek() is 'L' or 'l')
        {
            _pos++;
        }

        return value;
    }

    private object? ParseName()
    {
        int start = _pos;
        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_')
        {
            _pos++;
        }

        return _text[start.._pos] switch
        {
            "True" => true,
            "False" => false,
            "None" => null,
            var name => throw Error($"unknown name '{name}'"),
        };
    }

    /// <summary>Steps over an opening bracket, one level deeper; errors end the whole parse, so no level is left open.</summary>
    private void Enter()
    {
        if (_depth == MaxDepth)
        {
            throw Error($"nested more than {MaxDepth} levels deep");
        }

        _depth++;
        _pos++;
    }

    /// <summary>Steps over a closing bracket, one level up.</summary>
    private void Leave()
    {
        _depth--;
        _pos++;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private readonly char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private readonly FormatException Error(string what) => new($"{what} at character {_pos}");
}
