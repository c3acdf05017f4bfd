using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>Prints findings as compilers do: <c>FILE:LINE:COL: error CODE: message</c>, one a line.</summary>
internal static class TextReportWriter
{
    public static async Task WriteAsync(IReadOnlyList<FileReport> reports, TextWriter output, TextWriter error)
    {
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                await output.WriteLineAsync(Format(report.Path, diagnostic)).ConfigureAwait(false);
            }
        }

        var errors = reports.Sum(r => r.Diagnostics.Count(d => d.IsError));
        var warnings = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{reports.Count} {Plural(reports.Count, "file")} checked: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}.");
        await error.WriteLineAsync(summary).ConfigureAwait(false);
    }

    public static string Format(string path, Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var location = diagnostic.Span is { } span
            ? string.Create(CultureInfo.InvariantCulture, $"{path}:{span.Line}:{span.Column}")
            : path;
        return $"{location}: {severity} {diagnostic.Code}: {diagnostic.Message}";
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
