using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Core.CodeDeploy.AppSpec;
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
                if (report.IsAppSpec)
                {
                    writer.WriteString("platform", report.Platform);
                }

                writer.WriteBoolean("valid", report.Valid);
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in report.Diagnostics)
                {
                    WriteDiagnostic(writer, diagnostic);
                }

                writer.WriteEndArray();
                if (report.IsAppSpec)
                {
                    WriteHooks(writer, report.Server);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    // The normalised hook table as the agent reads it; null unless a valid server AppSpec.
    private static void WriteHooks(Utf8JsonWriter writer, ServerAppSpec? server)
    {
        writer.WritePropertyName("hooks");
        if (server is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteJson(writer, AppSpecHookTable.ToJson(server));
        }
    }

    /// <summary>Writes JSON text the core made as a value, in this writer's indentation and escaping.</summary>
    public static void WriteJson(Utf8JsonWriter writer, string json)
    {
        using var document = JsonDocument.Parse(json);
        document.WriteTo(writer);
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("path", diagnostic.Path);
        if (RuleCatalog.Find(diagnostic.Code) is { } rule)
        {
            writer.WriteString("title", rule.Title);
            if (rule.HelpUri is { } help)
            {
                writer.WriteString("helpUri", help.AbsoluteUri);
            }
        }

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
