using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>
/// The tree of a server AppSpec as the agent's libyaml reads its text, where YamlDotNet's reading differs: a byte
/// order mark at a line start counts as a column, a # right after a quote is a comment, an anchor that no alias
/// uses changes nothing, a %YAML or %TAG line ends the document, and the refusals of <see cref="LibYamlScanChecks"/>.
/// The text is read again only for a file that needs it.
/// </summary>
internal static class AgentYamlReading
{
    /// <summary>The tree, the line of the first byte order mark read as a column (0 when none), and where a directive cut the document.</summary>
    public static (DocumentTree Tree, int ShiftedLine, SourceSpan? Cut) Read(string text, DocumentTree tree, TreeReadProfile profile, List<Diagnostic> diagnostics)
    {
        var shiftedLine = 0;
        if (text.Contains('\uFEFF', StringComparison.Ordinal))
        {
            // libyaml counts a byte order mark at the start of a line as a column (reference §2.8).
            diagnostics.Clear();
            text = LibYamlInput.ShiftByteOrderMarks(text, out shiftedLine);
            tree = DocumentTree.Read(text, profile, TreeSyntax.YamlOrJson, diagnostics);
        }

        // libyaml takes a # right after a closing quote as a comment, where YamlDotNet wants a space before it.
        for (var retry = 0; retry < MaxCommentRetries && CommentAfterQuote(text, diagnostics) is { } at; retry++)
        {
            text = text.Insert(at, " ");
            diagnostics.Clear();
            tree = DocumentTree.Read(text, profile, TreeSyntax.YamlOrJson, diagnostics);
        }

        // An anchor in a flow mapping can trip YamlDotNet's parser; with no alias to use it, it changes nothing.
        if (AppSpecReader.HasError(diagnostics) && LibYamlScanChecks.WithoutAnchors(text) is { } blanked)
        {
            var retried = new List<Diagnostic>();
            var again = DocumentTree.Read(blanked, profile, TreeSyntax.YamlOrJson, retried);
            if (!AppSpecReader.HasError(retried) && again.Aliases.Count == 0)
            {
                (text, tree) = (blanked, again);
                diagnostics.Clear();
                diagnostics.AddRange(retried);
            }
        }

        // A %YAML or %TAG line at the start of a line ends libyaml's document where YamlDotNet refuses it.
        SourceSpan? cut = null;
        if (DirectiveInDocument(text, diagnostics) is { } directive)
        {
            cut = SourceSpan.At(directive.Line, 1);
            text = text[..directive.Index];
            diagnostics.Clear();
            tree = DocumentTree.Read(text, profile, TreeSyntax.YamlOrJson, diagnostics);
        }

        if (tree.Root is not null && !AppSpecReader.HasError(diagnostics))
        {
            LibYamlScanChecks.Check(text, diagnostics);
        }

        return (tree, shiftedLine, cut);
    }

    private const int MaxCommentRetries = 8;

    // Where a line that starts with %YAML or %TAG, after the document's first line, is what the YAML error is at.
    private static (int Index, int Line)? DirectiveInDocument(string text, List<Diagnostic> diagnostics)
    {
        if (diagnostics is not [{ Code: YamlSyntax, Span: { Line: > 1 } span }])
        {
            return null;
        }

        if (LineStart(text, span.Line) is not { } index)
        {
            return null;
        }

        // YamlDotNet reports it at the directive, or at the "---" after it.
        for (var (at, line) = (index, span.Line); line >= span.Line - 1 && line > 1; line--)
        {
            if (text.AsSpan(at).StartsWith("%YAML", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("%TAG", StringComparison.Ordinal))
            {
                return (at, line);
            }

            at = at < 2 ? 0 : text.LastIndexOf('\n', at - 2) + 1;
        }

        return null;
    }

    // The index of a '#' right after a quote where the YAML error is, or null.
    private static int? CommentAfterQuote(string text, List<Diagnostic> diagnostics)
    {
        if (diagnostics is not [{ Code: YamlSyntax, Span: { } span }])
        {
            return null;
        }

        if (LineStart(text, span.Line) is not { } lineStart)
        {
            return null;
        }

        var end = text.IndexOf('\n', lineStart);
        var lineText = text[lineStart..(end < 0 ? text.Length : end)];
        for (var i = 1; i < lineText.Length; i++)
        {
            if (lineText[i] == '#' && lineText[i - 1] is '"' or '\'')
            {
                return lineStart + i;
            }
        }

        return null;
    }

    // The index where a 1-based line starts, or null past the text's last line.
    private static int? LineStart(string text, int line)
    {
        var index = 0;
        for (var at = 1; at < line; at++)
        {
            index = text.IndexOf('\n', index) + 1;
            if (index == 0)
            {
                return null;
            }
        }

        return index;
    }
}
