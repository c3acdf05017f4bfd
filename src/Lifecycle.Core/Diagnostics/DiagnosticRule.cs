namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// A rule behind a diagnostic code: what it checks, in a title and a description, and the severity its findings
/// have unless a rule says otherwise for one finding. For reports such as SARIF that list the rules they found.
/// </summary>
/// <param name="Code">The stable code, such as <c>APP102</c>.</param>
/// <param name="DefaultSeverity">The severity of the rule's findings.</param>
/// <param name="Title">One line on what the rule is about.</param>
/// <param name="Description">A sentence or two on what the rule finds.</param>
public sealed record DiagnosticRule(string Code, DiagnosticSeverity DefaultSeverity, string Title, string Description)
{
    /// <summary>The page of the repository's docs/ folder that explains the rule, with a bad and a fixed example, such as <c>appspec-rules.md</c>.</summary>
    public string DocumentationPage { get; init; } = string.Empty;
}
