using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Yaml;

/// <summary>
/// What the tree readers need to know of the document kind they read: one set of bounds, the codes of an
/// unreadable and of an oversized document, and the words that tell the user how to fix them.
/// </summary>
/// <param name="MaxDocumentLength">The longest text read, in characters.</param>
/// <param name="MaxDepth">The deepest nesting read.</param>
/// <param name="MaxNodes">The most nodes read, aliases counted as what they expand to.</param>
/// <param name="SyntaxCode">The code of a syntax error.</param>
/// <param name="TooLargeCode">The code of a document past the bounds.</param>
/// <param name="DocumentKind">The document kind with its article, as in "An AppSpec".</param>
/// <param name="LimitsName">The public type whose properties raise the bounds; null when they cannot be raised.</param>
/// <param name="SyntaxAdvice">A sentence added to a syntax error, or empty.</param>
internal sealed record TreeReadProfile(
    int MaxDocumentLength, int MaxDepth, int MaxNodes, string SyntaxCode, string TooLargeCode, string DocumentKind, string? LimitsName, string SyntaxAdvice)
{
    /// <summary>A document with more nodes than <see cref="MaxNodes"/>, counting what its aliases expand to when it has them.</summary>
    internal Diagnostic TooManyNodes(bool throughAliases, SourceSpan span) => TooLarge(
        string.Create(CultureInfo.InvariantCulture, $"has more than {MaxNodes:N0} nodes{(throughAliases ? " once its aliases are expanded" : string.Empty)}"),
        nameof(MaxNodes), span);

    /// <summary>A document nested deeper than <see cref="MaxDepth"/>.</summary>
    internal Diagnostic TooDeep(SourceSpan span) =>
        TooLarge(string.Create(CultureInfo.InvariantCulture, $"nests deeper than {MaxDepth} levels"), nameof(MaxDepth), span);

    // A document past one of the bounds: what is over, by how much, and how to get past it.
    private Diagnostic TooLarge(string whatIsOver, string bound, SourceSpan span) => new(TooLargeCode, DiagnosticSeverity.Error,
        string.Create(CultureInfo.InvariantCulture,
            $"The document {whatIsOver}, the limit the SDK reads. {DocumentKind} is never near it{(LimitsName is null ? "." : $"; if this one really is, raise {LimitsName}.{bound}.")}"),
        string.Empty, span);

    /// <summary>A text past <see cref="MaxDocumentLength"/>.</summary>
    internal Diagnostic TooLong(int length) =>
        TooLarge(string.Create(CultureInfo.InvariantCulture, $"has {length:N0} characters, over the {MaxDocumentLength:N0}"), nameof(MaxDocumentLength), SourceSpan.At(1, 1));
}
