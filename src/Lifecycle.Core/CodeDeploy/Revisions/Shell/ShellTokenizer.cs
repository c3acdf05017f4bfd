using System.Text;

namespace Lifecycle.Core.CodeDeploy.Revisions.Shell;

/// <summary>What a shell token is.</summary>
internal enum ShellTokenKind
{
    Word,
    Operator,
    Redirection,
    Newline,
}

/// <summary>
/// A token of a shell script: a word (quotes, escapes, <c>$(...)</c> and backquotes kept inside it), a control
/// operator (<c>; &amp; &amp;&amp; || | |&amp; ( )</c>), a redirection (its file descriptor, operator and target) or
/// the end of a line. Line and column are 1-based; <see cref="End"/> is the offset just after the token.
/// </summary>
internal sealed record ShellToken(ShellTokenKind Kind, string Text, int Line, int Column, int Start, int End)
{
    /// <summary>For a redirection: the descriptor written before it (<c>2</c> of <c>2&gt;&amp;1</c>), or null.</summary>
    public int? Descriptor { get; init; }

    /// <summary>For a redirection: its target word (<c>/dev/null</c>, <c>1</c> of <c>&gt;&amp;1</c>).</summary>
    public string Target { get; init; } = string.Empty;

    public bool IsOperator(string text) => Kind == ShellTokenKind.Operator && Text == text;

    public bool IsWord(string text) => Kind == ShellTokenKind.Word && Text == text;
}

/// <summary>
/// Splits a POSIX shell script into tokens, well enough to find the commands it starts in the background: comments
/// and here-document bodies are skipped, a backslash before a newline joins the lines, and quoted text (over as many
/// lines as it takes) stays one word. It never fails: text it cannot make sense of becomes words. Linear in the text.
/// </summary>
internal sealed class ShellTokenizer
{
    private static readonly string[] Operators = ["&>>", "&&", "&>", "||", "|&", ";;", ";", "&", "|", "(", ")"];
    private static readonly string[] RedirectionOperators = ["<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"];

    private readonly string _text;
    private readonly List<ShellToken> _tokens = [];
    private readonly Queue<(string Delimiter, bool StripTabs)> _pendingHeredocs = new();
    private int _i;
    private int _line = 1;
    private int _lineStart;

    private ShellTokenizer(string text) => _text = text;

    public static IReadOnlyList<ShellToken> Tokenize(string text)
    {
        var tokenizer = new ShellTokenizer(text);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private int Column => _i - _lineStart + 1;

    private void Run()
    {
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c is ' ' or '\t' or '\r')
            {
                _i++;
            }
            else if (c == '\\' && Peek(1) == '\n')
            {
                NewLine(_i + 2);
            }
            else if (c == '\n')
            {
                _tokens.Add(new ShellToken(ShellTokenKind.Newline, "\n", _line, Column, _i, _i + 1));
                NewLine(_i + 1);
                SkipHeredocBodies();
            }
            else if (c == '#')
            {
                while (_i < _text.Length && _text[_i] != '\n')
                {
                    _i++;
                }
            }
            else if (MatchAny(Operators) is { } op)
            {
                _tokens.Add(new ShellToken(op == "&>" || op == "&>>" ? ShellTokenKind.Redirection : ShellTokenKind.Operator, op, _line, Column, _i, _i + op.Length));
                _i += op.Length;
                if (op is "&>" or "&>>")
                {
                    CompleteRedirection(null);
                }
            }
            else if (MatchAny(RedirectionOperators) is not null)
            {
                ReadRedirection(null, _i, Column);
            }
            else
            {
                ReadWordOrDescriptor();
            }
        }
    }

    private void ReadWordOrDescriptor()
    {
        var (line, column, start) = (_line, Column, _i);
        var word = ReadWord();
        var next = _i < _text.Length ? _text[_i] : '\0';
        if (next is '<' or '>' && word.Length is > 0 and < 4 && word.All(char.IsAsciiDigit))
        {
            ReadRedirection(int.Parse(word, System.Globalization.CultureInfo.InvariantCulture), start, column, line);
            return;
        }

        _tokens.Add(new ShellToken(ShellTokenKind.Word, word, line, column, start, _i));
    }

    private void ReadRedirection(int? descriptor, int start, int column, int? line = null)
    {
        var op = MatchAny(RedirectionOperators)!;
        _tokens.Add(new ShellToken(ShellTokenKind.Redirection, op, line ?? _line, column, start, _i + op.Length) { Descriptor = descriptor });
        _i += op.Length;
        CompleteRedirection(op);
    }

    // The redirection's target is the next word; for a here-document, its delimiter, whose body is skipped later.
    private void CompleteRedirection(string? op)
    {
        while (_i < _text.Length && _text[_i] is ' ' or '\t')
        {
            _i++;
        }

        var target = _i < _text.Length && _text[_i] is not ('\n' or ';' or '&' or '|' or '(' or ')' or '<' or '>') ? ReadWord() : string.Empty;
        var last = _tokens[^1];
        _tokens[^1] = last with { Target = target, End = _i };
        if (op is "<<" or "<<-" && target.Length > 0)
        {
            _pendingHeredocs.Enqueue((Unquote(target), op == "<<-"));
        }
    }

    // A word runs to the next blank or operator outside quotes; quotes, escapes and substitutions stay inside it.
    private string ReadWord()
    {
        var word = new StringBuilder();
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')' or '<' or '>')
            {
                if (c == '(' && word.Length > 0 && word[^1] is '$' or '=' or '@' or '!' or '+' or '*' or '?')
                {
                    // $( ... ), arrays a=( ... ) and extended globs: one word up to the matching parenthesis.
                    var from = _i;
                    SkipBalanced('(', ')');
                    word.Append(_text, from, _i - from);
                    continue;
                }

                break;
            }

            var from2 = _i;
            switch (c)
            {
                case '\\':
                    if (Peek(1) == '\n')
                    {
                        NewLine(_i + 2);
                        continue;
                    }

                    _i = Math.Min(_text.Length, _i + 2);
                    break;
                case '\'':
                    SkipUntil('\'');
                    break;
                case '"':
                    SkipDoubleQuoted();
                    break;
                case '`':
                    SkipUntil('`');
                    break;
                case '$' when Peek(1) == '{':
                    _i++;
                    SkipBalanced('{', '}');
                    break;
                default:
                    _i++;
                    break;
            }

            word.Append(_text, from2, _i - from2);
        }

        return word.ToString();
    }

    // From an opening quote to just after its closing one (or the end of the text), counting the lines crossed.
    private void SkipUntil(char close)
    {
        _i++;
        while (_i < _text.Length && _text[_i] != close)
        {
            if (close == '`' && _text[_i] == '\\')
            {
                _i++;
            }

            Advance();
        }

        _i = Math.Min(_text.Length, _i + 1);
    }

    private void SkipDoubleQuoted()
    {
        _i++;
        while (_i < _text.Length && _text[_i] != '"')
        {
            if (_text[_i] == '\\')
            {
                _i++;
            }
            else if (_text[_i] == '$' && Peek(1) == '(')
            {
                _i++;
                SkipBalanced('(', ')');
                continue;
            }

            Advance();
        }

        _i = Math.Min(_text.Length, _i + 1);
    }

    // From an opening bracket to just after its match, with quotes inside skipped.
    private void SkipBalanced(char open, char close)
    {
        var depth = 0;
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                _i++;
                return;
            }
            else if (c == '\'')
            {
                SkipUntil('\'');
                continue;
            }
            else if (c == '"')
            {
                SkipDoubleQuoted();
                continue;
            }
            else if (c == '\\')
            {
                _i++;
            }

            Advance();
        }
    }

    // Moves past one character, keeping count of lines; never past the end of the text.
    private void Advance()
    {
        if (_i >= _text.Length)
        {
            _i = _text.Length;
            return;
        }

        if (_text[_i] == '\n')
        {
            NewLine(_i + 1);
            return;
        }

        _i++;
    }

    private void SkipHeredocBodies()
    {
        while (_pendingHeredocs.TryDequeue(out var heredoc))
        {
            while (_i < _text.Length)
            {
                var end = _text.IndexOf('\n', _i);
                var lineText = _text.AsSpan(_i, (end < 0 ? _text.Length : end) - _i).TrimEnd('\r');
                if (heredoc.StripTabs)
                {
                    lineText = lineText.TrimStart('\t');
                }

                NewLine(end < 0 ? _text.Length : end + 1);
                if (lineText.SequenceEqual(heredoc.Delimiter))
                {
                    break;
                }
            }
        }
    }

    private void NewLine(int next)
    {
        _i = next;
        _line++;
        _lineStart = next;
    }

    private char Peek(int ahead) => _i + ahead < _text.Length ? _text[_i + ahead] : '\0';

    private string? MatchAny(string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(_text, _i, candidate, 0, candidate.Length) == 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Unquote(string word) => word.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
}
