namespace Lifecycle.Core.Yaml;

/// <summary>
/// What a <see cref="YamlTreeReader"/> needs to know of the document kind it reads: its bounds, the diagnostic
/// codes for unreadable and oversized documents, and the words that tell the reader how to fix them.
/// </summary>
/// <param name="MaxDepth">The deepest nesting read.</param>
/// <param name="MaxNodes">The most nodes read, aliases counted as what they expand to.</param>
/// <param name="SyntaxCode">The code of a YAML syntax error.</param>
/// <param name="TooLargeCode">The code of a document past the bounds.</param>
/// <param name="DocumentKind">The document kind with its article, as in "An AppSpec".</param>
/// <param name="LimitsName">The public type whose properties raise the bounds.</param>
/// <param name="SyntaxAdvice">A sentence added to a syntax error, or empty.</param>
internal sealed record YamlReadProfile(
    int MaxDepth, int MaxNodes, string SyntaxCode, string TooLargeCode, string DocumentKind, string LimitsName, string SyntaxAdvice);
