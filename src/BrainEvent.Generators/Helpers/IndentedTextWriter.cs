using System;
using System.Text;

namespace BrainEvent.Generators.Helpers;

/// <summary>
/// Writes C# text with four-space indentation and '\n' newlines (so the output is the same on every OS).
/// <see cref="WriteBlock"/> opens a brace block that closes when disposed.
/// </summary>
internal sealed class IndentedTextWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _atLineStart = true;

    /// <summary>Writes <paramref name="content"/> on the current line (indented if it starts the line).</summary>
    public IndentedTextWriter Write(string content)
    {
        if (content.Length == 0)
        {
            return this;
        }

        if (_atLineStart)
        {
            for (int i = 0; i < _depth; i++)
            {
                _text.Append(IndentUnit);
            }

            _atLineStart = false;
        }

        _text.Append(content);
        return this;
    }

    /// <summary>Writes <paramref name="content"/> and ends the line; an empty call writes a blank line.</summary>
    public IndentedTextWriter WriteLine(string content = "")
    {
        Write(content);
        _text.Append('\n');
        _atLineStart = true;
        return this;
    }

    /// <summary>Writes <c>{</c>, indents, and on dispose unindents and writes <c>}</c>.</summary>
    public Block WriteBlock()
    {
        WriteLine("{");
        _depth++;
        return new Block(this);
    }

    /// <summary>Indents what follows by <paramref name="levels"/> more steps until the result is disposed.</summary>
    public Indentation IncreaseIndent(int levels)
    {
        _depth += levels;
        return new Indentation(this, levels);
    }

    public override string ToString() => _text.ToString();

    /// <summary>Drops a blank line just written, so a block never ends with one.</summary>
    private void TrimBlankLine()
    {
        int length = _text.Length;
        if (_atLineStart && length >= 2 && _text[length - 1] == '\n' && _text[length - 2] == '\n')
        {
            _text.Length = length - 1;
        }
    }

    /// <summary>Closes a brace block.</summary>
    public readonly struct Block : IDisposable
    {
        private readonly IndentedTextWriter _writer;

        public Block(IndentedTextWriter writer)
        {
            _writer = writer;
        }

        public void Dispose()
        {
            _writer.TrimBlankLine();
            _writer._depth--;
            _writer.WriteLine("}");
        }
    }

    /// <summary>Undoes an <see cref="IncreaseIndent"/>.</summary>
    public readonly struct Indentation : IDisposable
    {
        private readonly IndentedTextWriter _writer;
        private readonly int _levels;

        public Indentation(IndentedTextWriter writer, int levels)
        {
            _writer = writer;
            _levels = levels;
        }

        public void Dispose() => _writer._depth -= _levels;
    }
}
