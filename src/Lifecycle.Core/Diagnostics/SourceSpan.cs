namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// Where a finding is in the text it came from. Lines and columns are 1-based and count characters;
/// the end is exclusive (the column just after the last character), and equals the start where only a
/// point is known.
/// </summary>
/// <param name="Line">The 1-based line where the span starts.</param>
/// <param name="Column">The 1-based column where the span starts.</param>
/// <param name="EndLine">The 1-based line where the span ends.</param>
/// <param name="EndColumn">The 1-based column just after the span's last character.</param>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span that covers a single position.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>A span whose start and end are both the given position.</returns>
    public static SourceSpan At(int line, int column) => new(line, column, line, column);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
