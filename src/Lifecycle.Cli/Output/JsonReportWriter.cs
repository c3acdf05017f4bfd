using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>
/// Prints one JSON document: <c>{"files":[{"path":...,"valid":...,"diagnostics":[...]}]}</c>, with 1-based
/// line and column where known.
/// </summary>
internal static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var report in reports)
            {
                writer.WriteStartObject();
                writer.WriteString("path", report.Path);
                writer.WriteBoolean("valid", report.Valid);
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in report.Diagnostics)
                {
                    WriteDiagnostic(writer, diagnostic);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("path", diagnostic.Path);
        if (diagnostic.Span is { } span)
        {
            writer.WriteNumber("line", span.Line);
            writer.WriteNumber("column", span.Column);
            writer.WriteNumber("endLine", span.EndLine);
            writer.WriteNumber("endColumn", span.EndColumn);
        }

        writer.WriteEndObject();
    }
}
