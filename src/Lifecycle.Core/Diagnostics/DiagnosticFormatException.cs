namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// What <c>Parse</c> throws when its input breaks a rule: a <see cref="FormatException"/> that carries the
/// <see cref="Diagnostics"/> (codes, plain-words messages) that <c>TryParse</c> would have kept quiet.
/// </summary>
public sealed class DiagnosticFormatException : FormatException
{
    /// <summary>Creates the exception from the findings.</summary>
    /// <param name="diagnostics">The findings; the errors among them make the message.</param>
    public DiagnosticFormatException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every finding about the input.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    internal static string Describe(IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Where(d => d.IsError).Select(e => $"{e.Code}: {e.Message}"));
}
