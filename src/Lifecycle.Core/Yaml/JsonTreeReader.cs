using System.Text;
using System.Text.Json;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Yaml;

/// <summary>
/// Reads strict JSON (RFC 8259: no comments, no trailing commas, one value) into the same <see cref="YamlNode"/>
/// tree the YAML reader builds, with the start and end of every node. JSON is YAML 1.2, and the tree is the one
/// the YAML reading of the same text gives: strings are quoted scalars, numbers, <c>true</c>, <c>false</c> and
/// <c>null</c> plain ones, so the rules read both alike. Never throws on input: a syntax error or a document past
/// the bounds becomes the returned diagnostic and a null root.
/// </summary>
internal sealed class JsonTreeReader
{
    private readonly TreeReadProfile _limits;
    private readonly Utf8LineMap _lines;
    // The children of the collections being read sit on one stack, as in the YAML reader.
    private readonly List<YamlNode> _nodeStack = new(8);
    private readonly List<YamlEntry> _entryStack = new(16);
    private long _nodes;

    private JsonTreeReader(TreeReadProfile limits, Utf8LineMap lines)
    {
        _limits = limits;
        _lines = lines;
    }

    /// <summary>True when the text's first character past white space opens a JSON object or array.</summary>
    public static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart(" \t\r\n");
        return !trimmed.IsEmpty && trimmed[0] is '{' or '[';
    }

    /// <summary>Reads <paramref name="text"/>; a blank text is a null root without a diagnostic.</summary>
    public static YamlNode? Read(string text, TreeReadProfile limits, out Diagnostic? problem)
    {
        problem = null;
        if (text.AsSpan().Trim(" \t\r\n").IsEmpty)
        {
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var lines = new Utf8LineMap(utf8);
        // The reader's own bound sits one past the profile's, so that the profile's is the one met, with its words.
        var json = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        var reader = new JsonTreeReader(limits, lines);
        try
        {
            json.Read();
            var root = reader.ReadValue(ref json);
            while (json.Read())
            {
                // Anything after the root value makes the reader throw: one document, one value.
            }

            return root;
        }
        catch (JsonException e)
        {
            var (line, column) = lines.Locate(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            problem = new Diagnostic(limits.SyntaxCode, DiagnosticSeverity.Error,
                $"The JSON cannot be read: {Plain(e.Message)} Fix it at this point (a missing comma, quote or bracket, or a comma before a closing bracket, is the usual cause){limits.SyntaxAdvice}",
                string.Empty, SourceSpan.At(line, column));
        }
        catch (TreeLimitExceededException e)
        {
            problem = e.Diagnostic;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode a string whose \uD800-\uDBFF escape has no low surrogate after it.
            problem = new Diagnostic(limits.SyntaxCode, DiagnosticSeverity.Error,
                "The JSON cannot be read: a string here has a lone surrogate escape (a \\uD800-\\uDBFF escape without a \\uDC00-\\uDFFF one right after it, or a \\uDC00-\\uDFFF escape alone), which is not text. Remove the escape, or write the character itself.",
                string.Empty, lines.Span(json.TokenStartIndex, json.TokenStartIndex + Math.Max(1, json.ValueSpan.Length)));
        }

        return null;
    }

    // Reads the value at the reader and everything under it with a stack of open arrays and objects, not the call
    // stack, so that the depth a document may have is the profile's MaxDepth and nothing else.
    private YamlNode ReadValue(ref Utf8JsonReader json)
    {
        var open = new List<(bool IsArray, long Start, int First, YamlNode? Key)>();
        while (true)
        {
            var start = json.TokenStartIndex;
            YamlNode completed;
            switch (json.TokenType)
            {
                case JsonTokenType.PropertyName when open is [.., { IsArray: false }]:
                {
                    Count(start);
                    // A member name's raw bytes sit between its quotes.
                    open[^1] = open[^1] with { Key = YamlScalar.Create(json.GetString()!, ScalarStyle.Quoted, null, _lines.Span(start, start + json.ValueSpan.Length + 2)) };
                    json.Read();
                    continue;
                }

                case JsonTokenType.String:
                    Count(start);
                    completed = YamlScalar.Create(json.GetString()!, ScalarStyle.Quoted, null, _lines.Span(start, json.BytesConsumed));
                    break;
                case JsonTokenType.Number:
                    Count(start);
                    completed = new YamlScalar(Encoding.UTF8.GetString(json.ValueSpan), _lines.Span(start, json.BytesConsumed));
                    break;
                case JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                    Count(start);
                    completed = new YamlScalar(json.TokenType switch { JsonTokenType.True => "true", JsonTokenType.False => "false", _ => "null" }, _lines.Span(start, json.BytesConsumed));
                    break;
                case JsonTokenType.StartArray or JsonTokenType.StartObject:
                    Count(start);
                    CheckDepth(open.Count, start);
                    var isArray = json.TokenType == JsonTokenType.StartArray;
                    open.Add((isArray, start, isArray ? _nodeStack.Count : _entryStack.Count, null));
                    json.Read();
                    continue;
                case JsonTokenType.EndArray when open is [.., { IsArray: true }]:
                    completed = new YamlSequence(TreeStack.Pop(_nodeStack, open[^1].First), _lines.Span(open[^1].Start, json.BytesConsumed));
                    open.RemoveAt(open.Count - 1);
                    break;
                case JsonTokenType.EndObject when open is [.., { IsArray: false }]:
                    completed = new YamlMapping(TreeStack.Pop(_entryStack, open[^1].First), _lines.Span(open[^1].Start, json.BytesConsumed));
                    open.RemoveAt(open.Count - 1);
                    break;
                default:
                    throw new JsonException($"'{json.TokenType}' is not a JSON value here.", null, null, null);
            }

            if (open.Count == 0)
            {
                return completed;
            }

            if (open[^1].IsArray)
            {
                _nodeStack.Add(completed);
            }
            else
            {
                _entryStack.Add(new YamlEntry(open[^1].Key!, completed));
                open[^1] = open[^1] with { Key = null };
            }

            json.Read();
        }
    }

    private void Count(long at)
    {
        if (++_nodes > _limits.MaxNodes)
        {
            throw new TreeLimitExceededException(_limits.TooManyNodes(throughAliases: false, _lines.Span(at, at + 1)));
        }
    }

    private void CheckDepth(int depth, long at)
    {
        if (depth >= _limits.MaxDepth)
        {
            throw new TreeLimitExceededException(_limits.TooDeep(_lines.Span(at, at + 1)));
        }
    }

    // JsonException messages end with position details that the diagnostic already carries.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }
}
