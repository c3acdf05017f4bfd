using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>
/// The places where libyaml 0.2.5's scanner (the agent's) refuses what YamlDotNet's accepts, found on YamlDotNet's
/// own tokens of a document it has read: a tab in the indentation of block context, a tab right after <c>- </c> or
/// <c>? </c>, a key left empty in a flow collection (<c>[:]</c>), and a <c>%</c> directive other than YAML or TAG.
/// Only the first document is looked at, as Psych reads no further. Each finding carries the agent's words.
/// </summary>
internal static class LibYamlScanChecks
{
    private static readonly System.Buffers.SearchValues<char> DirectiveOrFlow = System.Buffers.SearchValues.Create("%[{");

    private const string CannotStartToken = "found character that cannot start any token while scanning for the next token";
    private const string TabInPlainScalar = "found a tab character that violates indentation while scanning a plain scalar";

    /// <summary>Adds an APP001 error for the first such place, if any; returns true when there was none.</summary>
    public static bool Check(string text, List<Diagnostic> diagnostics)
    {
        var hasTab = text.Contains('\t', StringComparison.Ordinal);
        if (!hasTab && text.AsSpan().IndexOfAny(DirectiveOrFlow) < 0)
        {
            return true;
        }

        try
        {
            var problem = Find(text, hasTab);
            if (problem is { } found)
            {
                diagnostics.Add(new Diagnostic(YamlSyntax, DiagnosticSeverity.Error,
                    $"The YAML cannot be read by the agent: \"{found.Words}\". {found.Advice}", string.Empty, LibYamlInput.PositionOf(text.AsSpan(0, found.Index))));
                return false;
            }
        }
        catch (Exception e) when (YamlTreeReader.IsParserFailure(e))
        {
            // The tree reader has read this text, so the scanner fails only past the first document, which is not read.
        }

        return true;
    }

    /// <summary>The text with each anchor (<c>&amp;name</c>) written over with spaces, found on the scanner's tokens; null when it has none or cannot be scanned.</summary>
    public static string? WithoutAnchors(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: true);
            char[]? chars = null;
            var budget = (4L * text.Length) + 16;
            while (budget-- > 0 && scanner.MoveNext())
            {
                if (scanner.Current is Anchor anchor)
                {
                    chars ??= text.ToCharArray();
                    for (var i = (int)anchor.Start.Index; i < Math.Min(chars.Length, (int)anchor.End.Index); i++)
                    {
                        chars[i] = ' ';
                    }
                }
            }

            return chars is null ? null : new string(chars);
        }
        catch (Exception e) when (YamlTreeReader.IsParserFailure(e))
        {
            return null;
        }
    }

    // Internal for the property that the shortcut in Check (no tab, %, [ or { in the text: nothing to find) is sound.
    internal static (int Index, string Words, string Advice)? Find(string text, bool hasTab)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        var indents = new Stack<int>();
        var closers = new Stack<char>();
        var flow = 0;
        var seenContent = false;
        Token? previous = null;
        var previousEnd = 0;
        var previousEndColumn = 0;
        // Every token but the few the scanner adds moves past at least one character: the bound only stops a scanner that does not.
        var budget = (4L * text.Length) + 16;
        while (budget-- > 0 && scanner.MoveNext())
        {
            var token = scanner.Current!;
            var start = (int)token.Start.Index;
            var end = RealEnd(text, token, start, (int)token.End.Index);
            var endsDocument = token is DocumentEnd || (token is DocumentStart && seenContent);
            seenContent |= token is DocumentStart;

            if (IsWritten(text, token, start))
            {
                if (flow == 0 && hasTab && CheckGap(text, previous, previousEnd, previousEndColumn, start, indents.Count == 0 ? -1 : indents.Peek()) is { } tab)
                {
                    return tab;
                }

                if (flow > 0 && text[start] == ':' && previous is FlowSequenceStart or FlowMappingStart or FlowEntry)
                {
                    return (start, "did not find expected node content while parsing a flow node",
                        "In a [...] or {...} collection a \":\" that starts an entry is read as a key with nothing before it, as in [:] or [:a]. Write the key first, or quote the value (\":a\").");
                }

                if (token is not (VersionDirective or TagDirective) && DirectiveIn(text, previousEnd, start) is { } directive)
                {
                    return (directive, "found unknown directive name while scanning a directive",
                        "A line that starts with % is a YAML directive, and only %YAML and %TAG exist. Delete the line, or start it with # to make it a comment.");
                }

                if (endsDocument)
                {
                    return null;
                }

                if (flow > 0 && EndsNode(previous) && StartsNode(text, token, start))
                {
                    return (start, $"did not find expected ',' or '{(closers.Count > 0 ? closers.Peek() : '}')}' while parsing a flow {(closers.Count > 0 && closers.Peek() == ']' ? "sequence" : "mapping")}",
                        "Two values in a [...] or {...} collection need a comma between them.");
                }

                previous = token;
                previousEnd = end;
                previousEndColumn = (int)token.End.Column - 1;
            }

            switch (token)
            {
                case FlowSequenceStart or FlowMappingStart:
                    flow++;
                    closers.Push(token is FlowSequenceStart ? ']' : '}');
                    break;
                case FlowSequenceEnd or FlowMappingEnd:
                    flow = Math.Max(0, flow - 1);
                    closers.TryPop(out _);
                    break;
                case BlockSequenceStart or BlockMappingStart:
                    indents.Push((int)token.Start.Column - 1);
                    break;
                case BlockEnd when indents.Count > 0:
                    indents.Pop();
                    break;
                case Scalar or FlowSequenceStart or FlowMappingStart or BlockEntry or Key:
                    seenContent = true;
                    break;
            }
        }

        return null;
    }

    // The white space between two tokens in block context, read as libyaml reads it: after a line break, or after
    // "- " or "? ", it skips spaces only, so a tab there cannot start a token; after a plain scalar, its scanner
    // reads on into the next lines and refuses only a tab left of the scalar's indentation.
    private static (int Index, string Words, string Advice)? CheckGap(string text, Token? previous, int from, int fromColumn, int to, int indent)
    {
        var plain = previous is Scalar { Style: YamlDotNet.Core.ScalarStyle.Plain };
        if (previous is Scalar { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded })
        {
            return null;
        }

        var lineStart = previous is null or BlockEntry or Key;
        var i = from;
        var column = fromColumn;
        var seenBreak = false;
        while (i < to)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                seenBreak = true;
                lineStart = !plain;
                column = 0;
                i++;
                continue;
            }

            // Comments are tokens of their own here, so a '#' in a gap is not expected; stop looking if one is.
            if (c == '#')
            {
                return null;
            }

            if (c == '\t' && plain && seenBreak && column < indent + 1)
            {
                return (i, TabInPlainScalar, TabAdvice);
            }

            if (c == '\t' && lineStart && !plain)
            {
                return (i, CannotStartToken, TabAdvice);
            }

            if (c != ' ')
            {
                lineStart = false;
            }

            column++;
            i++;
        }

        return null;
    }

    // A flow node that is complete, and one that begins: libyaml wants a ',' between them.
    private static bool EndsNode(Token? token) => token is Scalar or FlowSequenceEnd or FlowMappingEnd or AnchorAlias;

    private static bool StartsNode(string text, Token token, int start) =>
        token is Scalar or FlowSequenceStart or FlowMappingStart or Anchor or Tag or AnchorAlias || (token is Key && text[start] == '?');

    // The tokens written in the text, not those the scanner adds (the start and end of block collections, a simple key).
    private static bool IsWritten(string text, Token token, int start) => token switch
    {
        StreamStart or BlockMappingStart or BlockSequenceStart or BlockEnd => false,
        Key => start < text.Length && text[start] == '?',
        _ => true,
    };

    // YamlDotNet gives one-character indicators and directives no width; libyaml's scanner moves past them.
    private static int RealEnd(string text, Token token, int start, int end) => token switch
    {
        VersionDirective or TagDirective => Math.Max(end, LineEnd(text, start)),
        FlowSequenceStart or FlowSequenceEnd or FlowMappingStart or FlowMappingEnd or FlowEntry or BlockEntry or Key or Value => Math.Max(end, Math.Min(text.Length, start + 1)),
        _ => end,
    };

    private static int LineEnd(string text, int from)
    {
        var at = text.IndexOfAny(['\n', '\r'], from);
        return at < 0 ? text.Length : at;
    }

    private const string TabAdvice = "A tab in the indentation (or right after \"- \") is not allowed in YAML; indent with spaces only.";

    // A line between tokens that starts with %: libyaml scans it as a directive; YamlDotNet skips unknown ones.
    private static int? DirectiveIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '%' && (i == 0 || text[i - 1] is '\n' or '\r'))
            {
                return i;
            }

            if (text[i] == '#')
            {
                while (i < to && text[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
        }

        return null;
    }
}
