namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// A rule behind a diagnostic code: what it checks, in a title and a description, and the severity its findings
/// have unless a rule says otherwise for one finding. For reports such as SARIF that list the rules they found.
/// </summary>
public sealed record DiagnosticRule
{
    /// <summary>Describes a rule.</summary>
    /// <param name="code">The stable code, such as <c>APP102</c>.</param>
    /// <param name="defaultSeverity">The severity of the rule's findings.</param>
    /// <param name="title">One line on what the rule is about.</param>
    /// <param name="description">A sentence or two on what the rule finds.</param>
    public DiagnosticRule(string code, DiagnosticSeverity defaultSeverity, string title, string description)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        Title = title;
        Description = description;
    }

    /// <summary>The stable code, such as <c>APP102</c>.</summary>
    public string Code { get; init; }

    /// <summary>The severity of the rule's findings.</summary>
    public DiagnosticSeverity DefaultSeverity { get; init; }

    /// <summary>One line on what the rule is about.</summary>
    public string Title { get; init; }

    /// <summary>A sentence or two on what the rule finds.</summary>
    public string Description { get; init; }

    /// <summary>
    /// The error code an AWS service answers with when a request breaks the rule (<c>ValidationError</c>,
    /// <c>LimitExceeded</c>); null for rules about files, which no service call reports.
    /// </summary>
    public string? AwsErrorCode { get; init; }

    /// <summary>
    /// The public sources the rule rests on, by the names its docs page lists under "Sources" (<c>agent</c>,
    /// <c>API model</c>, <c>User Guide</c>, ...); <c>derived here</c> for the SDK's own rules, such as its bounds on input.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Where the rule is explained, with a bad and a fixed example: its docs page in the repository, at its anchor.</summary>
    public Uri? HelpUri { get; init; }

    /// <summary>The page of the repository's docs/ folder that explains the rule, with a bad and a fixed example, such as <c>appspec-rules.md</c>.</summary>
    public string DocumentationPage { get; init; } = string.Empty;
}
