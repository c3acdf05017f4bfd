using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>
/// Prints findings as compilers do: <c>FILE:LINE:COL: error CODE: message</c>, one a line, on standard output; then,
/// on standard error, the summary and each code found with its title and help link from the rule catalogue.
/// </summary>
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
        foreach (var code in reports.SelectMany(r => r.Diagnostics).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal))
        {
            if (RuleCatalog.Find(code) is { } rule)
            {
                await error.WriteLineAsync($"  {rule.Code}: {rule.Title}{(rule.HelpUri is { } help ? $" ({help})" : string.Empty)}").ConfigureAwait(false);
            }
        }
    }

    // Diagnostic.ToString() is "LINE:COL: severity CODE: message", or "severity CODE: message" with no position.
    public static string Format(string path, Diagnostic diagnostic) =>
        diagnostic.Span is null ? $"{path}: {diagnostic}" : $"{path}:{diagnostic}";

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
