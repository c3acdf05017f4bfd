namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// Where a finding is in the text it came from. Lines and columns are 1-based and count characters;
/// the end is exclusive (the column just after the last character), and equals the start where only a
/// point is known.
/// </summary>
public readonly record struct SourceSpan
{
    /// <summary>A span from one position to another.</summary>
    /// <param name="line">The 1-based line where the span starts.</param>
    /// <param name="column">The 1-based column where the span starts.</param>
    /// <param name="endLine">The 1-based line where the span ends.</param>
    /// <param name="endColumn">The 1-based column just after the span's last character.</param>
    public SourceSpan(int line, int column, int endLine, int endColumn)
    {
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>The 1-based line where the span starts.</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column where the span starts.</summary>
    public int Column { get; init; }

    /// <summary>The 1-based line where the span ends.</summary>
    public int EndLine { get; init; }

    /// <summary>The 1-based column just after the span's last character.</summary>
    public int EndColumn { get; init; }

    /// <summary>A span that covers a single position.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>A span whose start and end are both the given position.</returns>
    public static SourceSpan At(int line, int column) => new(line, column, line, column);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
