using System.Globalization;
using System.Text;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>
/// Ruby 3.1's <c>inspect</c> of a loaded value, which is also the <c>to_s</c> of a Hash or an Array: what the agent
/// makes of <c>runas: {a: b}</c> (<c>{"a"=>"b"}</c>) or <c>location: [x]</c> (<c>["x"]</c>). Written without the
/// call stack, for any depth the tree has.
/// </summary>
internal static class RubyInspect
{
    /// <summary>The <c>inspect</c> of a node.</summary>
    public static string Of(YamlNode node)
    {
        var text = new StringBuilder();
        var work = new Stack<object>();
        work.Push(node);
        while (work.Count > 0)
        {
            switch (work.Pop())
            {
                case string literal:
                    text.Append(literal);
                    break;
                case YamlSequence sequence:
                    work.Push("]");
                    for (var i = sequence.Items.Length - 1; i >= 0; i--)
                    {
                        work.Push(sequence.Items[i].Resolved);
                        if (i > 0)
                        {
                            work.Push(", ");
                        }
                    }

                    text.Append('[');
                    break;
                case YamlMapping mapping:
                    work.Push("}");
                    for (var i = mapping.Entries.Length - 1; i >= 0; i--)
                    {
                        work.Push(mapping.Entries[i].Value.Resolved);
                        work.Push("=>");
                        work.Push(mapping.Entries[i].Key.Resolved);
                        if (i > 0)
                        {
                            work.Push(", ");
                        }
                    }

                    text.Append('{');
                    break;
                case YamlScalar scalar:
                    Scalar(scalar.Ruby, text);
                    break;
            }
        }

        return text.ToString();
    }

    private static void Scalar(RubyValue value, StringBuilder text)
    {
        switch (value.Kind)
        {
            case RubyKind.Nil:
                text.Append("nil");
                break;
            case RubyKind.String or RubyKind.Date:
                QuotedString(value.Text, text);
                break;
            case RubyKind.Symbol:
                text.Append(':');
                if (IsPlainSymbol(value.Text))
                {
                    text.Append(value.Text);
                }
                else
                {
                    QuotedString(value.Text, text);
                }

                break;
            default:
                text.Append(value.ToRubyString());
                break;
        }
    }

    private static bool IsPlainSymbol(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    // String#inspect: double quotes, backslash escapes for quotes, backslashes and control characters, and "#"
    // escaped where it would start an interpolation.
    private static void QuotedString(string value, StringBuilder text)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                case '\r': text.Append("\\r"); break;
                case '\f': text.Append("\\f"); break;
                case '\v': text.Append("\\v"); break;
                case '\a': text.Append("\\a"); break;
                case '\b': text.Append("\\b"); break;
                case '\u001B': text.Append("\\e"); break;
                case '#' when i + 1 < value.Length && value[i + 1] is '{' or '$' or '@':
                    text.Append("\\#");
                    break;
                case < ' ' or '\u007F':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
