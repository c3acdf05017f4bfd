using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>
/// Prints a SARIF 2.1.0 log (one run, the tool's rules, one result per finding with its region), the format
/// GitHub code scanning and most CI systems take. Each rule carries its title, description, default level and a
/// help link to its code on the docs page; each result a fingerprint of its rule, file and member (not its line),
/// so code scanning follows a finding across commits that move it.
/// </summary>
internal static class SarifReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var assembly = typeof(SarifReportWriter).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        var docs = RuleCatalog.Docs;
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
            writer.WriteString("informationUri", docs + "cli.md");
            writer.WriteStartArray("rules");
            foreach (var code in rules)
            {
                var rule = Rule(code, reports);
                writer.WriteStartObject();
                writer.WriteString("id", code);
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title);
                writer.WriteEndObject();
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", rule.Description);
                writer.WriteEndObject();
                writer.WriteString("helpUri", rule.HelpUri?.AbsoluteUri ?? docs + "cli.md");
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", Level(rule.DefaultSeverity));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("results");
            foreach (var report in reports)
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var diagnostic in report.Diagnostics)
                {
                    // The same rule on the same member twice in a file: the occurrence keeps the fingerprints apart.
                    var key = diagnostic.Code + "\n" + report.Path.Replace('\\', '/') + "\n" + diagnostic.Path;
                    seen[key] = seen.GetValueOrDefault(key) + 1;
                    WriteResult(writer, report.Path, diagnostic, rules.IndexOf(diagnostic.Code), Fingerprint(key + "\n" + seen[key]));
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    // A rule of the core or of the CLI; a code of neither (never expected) still gets a rule of its own.
    private static DiagnosticRule Rule(string code, IReadOnlyList<FileReport> reports) =>
        RuleCatalog.Find(code)
        ?? new DiagnosticRule(code, reports.SelectMany(r => r.Diagnostics).First(d => d.Code == code).Severity, code, code);

    private static string Fingerprint(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private static void WriteResult(Utf8JsonWriter writer, string path, Diagnostic diagnostic, int ruleIndex, string fingerprint)
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
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString("lifecycleFinding/v1", fingerprint);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
