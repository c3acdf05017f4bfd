using System.Globalization;

namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// One finding about user input: a stable <see cref="Code"/> (documented in docs/), a
/// <see cref="Severity"/>, a message in plain words that says what is wrong and how to fix it, the
/// member <see cref="Path"/> it concerns, and where known the <see cref="Span"/> in the source text.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">A stable identifier of the rule, such as <c>ASH108</c>.</param>
    /// <param name="severity">How serious the finding is.</param>
    /// <param name="message">What is wrong, with the value and what is allowed, and how to fix it.</param>
    /// <param name="path">The member path; empty for the whole document.</param>
    /// <param name="span">Where in the source text, when the input came from text.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, string path, SourceSpan? span = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(path);
        Code = code;
        Severity = severity;
        Message = message;
        Path = path;
        Span = span;
    }

    /// <summary>A stable identifier of the rule, such as <c>ASH108</c>. Never changes meaning.</summary>
    public string Code { get; init; }

    /// <summary>How serious the finding is.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>What is wrong, with the value and what is allowed, and how to fix it.</summary>
    public string Message { get; init; }

    /// <summary>The member path, such as <c>HeartbeatTimeout</c> or <c>[2].LifecycleHookName</c>; empty for the whole document.</summary>
    public string Path { get; init; }

    /// <summary>Where in the source text, when the input came from text.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Returns a copy located at <paramref name="span"/>.</summary>
    /// <param name="span">The location in the source text.</param>
    /// <returns>The same finding with its span set.</returns>
    public Diagnostic WithSpan(SourceSpan? span) => this with { Span = span };

    /// <summary>Returns a copy whose path starts with <paramref name="prefix"/> (such as <c>[1]</c>).</summary>
    /// <param name="prefix">The path of the containing element.</param>
    /// <returns>The same finding with the longer path.</returns>
    public Diagnostic WithPathPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return this;
        }

        var path = Path.Length == 0 ? prefix
            : Path[0] == '[' ? prefix + Path
            : prefix + "." + Path;
        return this with { Path = path };
    }

    /// <summary>Formats the finding as a compiler does: <c>LINE:COL: error CODE: message</c>.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        return Span is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Line}:{s.Column}: {severity} {Code}: {Message}")
            : $"{severity} {Code}: {Message}";
    }
}
