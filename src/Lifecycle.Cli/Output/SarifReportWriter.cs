using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>
/// Prints a SARIF 2.1.0 log (one run, the tool's rules, one result per finding with its region), the format
/// GitHub code scanning and most CI systems take.
/// </summary>
internal static class SarifReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var version = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        var rules = reports.SelectMany(r => r.Diagnostics).Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "lifecycle");
            writer.WriteString("semanticVersion", version);
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                var sample = reports.SelectMany(r => r.Diagnostics).First(d => d.Code == rule);
                writer.WriteStartObject();
                writer.WriteString("id", rule);
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", RuleTitles.For(rule));
                writer.WriteEndObject();
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", Level(sample.Severity));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var diagnostic in report.Diagnostics)
                {
                    WriteResult(writer, report.Path, diagnostic, rules.IndexOf(diagnostic.Code));
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    private static void WriteResult(Utf8JsonWriter writer, string path, Diagnostic diagnostic, int ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", path.Replace('\\', '/'));
        writer.WriteEndObject();
        if (diagnostic.Span is { } span)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", span.Line);
            writer.WriteNumber("startColumn", span.Column);
            writer.WriteNumber("endLine", Math.Max(span.EndLine, span.Line));
            writer.WriteNumber("endColumn", span.EndLine > span.Line || span.EndColumn > span.Column ? span.EndColumn : span.Column + 1);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (diagnostic.Path.Length > 0)
        {
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            writer.WriteString("fullyQualifiedName", diagnostic.Path);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
