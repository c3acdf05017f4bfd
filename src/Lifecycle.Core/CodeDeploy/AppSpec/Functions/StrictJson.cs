using System.Text;
using System.Text.Json;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Functions;

/// <summary>
/// ECS and Lambda AppSpecs are read by the CodeDeploy service, as YAML or as JSON. A file that is JSON (it starts
/// with '{' or '[') must be strict JSON there: YAML's leniencies, such as a comma before a closing brace, are
/// refused. YAML text passes untouched.
/// </summary>
internal static class StrictJson
{
    /// <summary>True when the text is YAML, or well-formed JSON; otherwise adds an error and returns false.</summary>
    public static bool Check(string text, List<Diagnostic> diagnostics)
    {
        var trimmed = text.AsSpan().TrimStart(" \t\r\n");
        if (trimmed.IsEmpty || trimmed[0] is not ('{' or '['))
        {
            return true;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException e)
        {
            var (line, column) = new Utf8LineMap(utf8).Locate(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var message = e.Message.Split(" LineNumber:")[0].Trim();
            diagnostics.Add(new Diagnostic(AppSpecDiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error,
                $"The file is JSON, and not well-formed: {message} CodeDeploy reads it as JSON, so fix it here (a comma before a closing bracket is the usual cause).",
                string.Empty, SourceSpan.At(line, column)));
            return false;
        }
    }
}
