using Lifecycle.Core.CodeDeploy.AppSpec.Functions;
using Lifecycle.Core.CodeDeploy.AppSpec.Server;
using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// Reads AppSpec files (YAML or JSON text the caller supplies) and says exactly what is wrong and where, in
/// agreement with what the CodeDeploy agent does with the file (reference codedeploy-appspec-and-hooks.md §2).
/// Never throws on any input: bad YAML, a wrong shape, a hostile document all become diagnostics.
/// </summary>
public static class AppSpecReader
{
    /// <summary>
    /// Reads and checks an AppSpec file's bytes, as the agent reads them: UTF-8 only, so a byte that is not UTF-8
    /// (a Windows-1252 character, a UTF-16 file) is an error at its place rather than a character silently replaced.
    /// </summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="options">The platform, host OS and limits; the defaults detect the platform.</param>
    /// <returns>The platform, every diagnostic in document order, and for a valid server AppSpec its model.</returns>
    public static AppSpecDocument Read(ReadOnlySpan<byte> utf8, AppSpecOptions? options = null)
    {
        options ??= AppSpecOptions.Default;
        var diagnostics = new List<Diagnostic>();
        // No text within the length limit takes more than three bytes a character.
        if (utf8.Length / 3 > options.Limits.MaxDocumentLength)
        {
            diagnostics.Add(options.Limits.ToTreeProfile().TooLong(System.Text.Encoding.UTF8.GetCharCount(utf8)));
            return new AppSpecDocument(options.Platform ?? ComputePlatform.Server, diagnostics, null);
        }

        var text = LibYamlInput.Decode(utf8, diagnostics);
        return text is null ? new AppSpecDocument(options.Platform ?? ComputePlatform.Server, diagnostics, null) : Read(text, options);
    }

    /// <summary>Reads and checks an AppSpec.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="options">The platform, host OS and limits; the defaults detect the platform.</param>
    /// <returns>The platform, every diagnostic in document order, and for a valid server AppSpec its model.</returns>
    public static AppSpecDocument Read(string text, AppSpecOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= AppSpecOptions.Default;
        var diagnostics = new List<Diagnostic>();
        if (text.Length <= options.Limits.MaxDocumentLength && !LibYamlInput.Check(text, diagnostics))
        {
            return new AppSpecDocument(options.Platform ?? ComputePlatform.Server, diagnostics, null);
        }

        var tree = DocumentTree.Read(text, options.Limits.ToTreeProfile(), TreeSyntax.YamlOrJson, diagnostics);
        var platform = options.Platform ?? PlatformDetector.Detect(tree.Root);
        var (shiftedLine, cut) = (0, (SourceSpan?)null);
        if (platform == ComputePlatform.Server)
        {
            (tree, shiftedLine, cut) = AgentYamlReading.Read(text, tree, options.Limits.ToTreeProfile(), diagnostics);
        }

        var root = tree.Root;
        if (tree.HadByteOrderMark)
        {
            diagnostics.Add(new Diagnostic(ByteOrderMark, DiagnosticSeverity.Warning,
                "The file starts with a UTF-8 byte order mark. Save the file as UTF-8 without a BOM.",
                string.Empty, SourceSpan.At(1, 1)));
        }
        else if (shiftedLine > 0)
        {
            diagnostics.Add(new Diagnostic(ByteOrderMark, DiagnosticSeverity.Warning,
                $"Line {shiftedLine} starts with a UTF-8 byte order mark (a file saved \"with BOM\", or files joined together). The agent's YAML reader skips it but counts it as a column, so the line reads as indented by one more space: {(shiftedLine == 1 ? "the first key then stands alone and the agent reads no other key" : "it may no longer line up with the lines above")}. Save the file as UTF-8 without a BOM.",
                string.Empty, SourceSpan.At(shiftedLine, 1)));
        }

        if (tree.HasMoreDocuments)
        {
            diagnostics.Add(new Diagnostic(ExtraDocuments, DiagnosticSeverity.Info,
                "The file has more than one YAML document (a line with ---); only the first is read.", string.Empty, root?.Span ?? SourceSpan.At(1, 1)));
        }

        if ((cut ?? tree.UnreadFrom) is { } unread)
        {
            diagnostics.Add(new Diagnostic(UnreadContent, DiagnosticSeverity.Warning,
                $"The YAML document ends before line {unread.Line}: the agent reads only the first document, so it never reads the text from there on. A line indented less than the first line ends the document; indent the file's top-level keys alike, with no space before them.",
                string.Empty, unread));
        }

        ServerAppSpec? server = null;
        EcsAppSpec? ecs = null;
        LambdaAppSpec? lambda = null;
        if (!HasError(diagnostics))
        {
            switch (platform)
            {
                case ComputePlatform.Server:
                    CheckAgentSafeLoad(tree, diagnostics);
                    if (!HasError(diagnostics))
                    {
                        server = ServerAppSpecReader.Read(root is null ? null : PsychLoad.Load(root, tree, diagnostics), diagnostics, options.HostOs);
                    }

                    break;
                // The service reads a JSON AppSpec as strict JSON, where the agent's YAML.load is lenient.
                case ComputePlatform.Ecs or ComputePlatform.Lambda when tree.JsonProblem is { } problem:
                    diagnostics.Add(problem);
                    break;
                case ComputePlatform.Ecs:
                    ecs = FunctionAppSpecReader.ReadEcs(root, diagnostics);
                    break;
                case ComputePlatform.Lambda:
                    lambda = FunctionAppSpecReader.ReadLambda(root, diagnostics);
                    break;
            }
        }

        diagnostics.Sort(static (a, b) => Compare(a.Span, b.Span));
        var valid = !HasError(diagnostics);
        return new AppSpecDocument(platform, diagnostics, valid ? server : null, valid ? ecs : null, valid ? lambda : null);
    }

    // The agent's YAML.load (Psych 4) refuses aliases (reference §2.8); PsychLoad refuses the classes it does not create.
    private static void CheckAgentSafeLoad(DocumentTree tree, List<Diagnostic> diagnostics)
    {
        foreach (var alias in tree.Aliases)
        {
            diagnostics.Add(new Diagnostic(AliasNotAllowed, DiagnosticSeverity.Error,
                $"The alias *{alias.Name} is refused: the agent's YAML reader does not allow aliases. Write the value out in full.",
                string.Empty, alias.Span));
        }

    }

    /// <summary>True when any of <paramref name="diagnostics"/> is an error.</summary>
    internal static bool HasError(List<Diagnostic> diagnostics) => diagnostics.Exists(d => d.IsError);

    private static int Compare(SourceSpan? a, SourceSpan? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (x, y) => x.Value.Line != y.Value.Line ? x.Value.Line.CompareTo(y.Value.Line) : x.Value.Column.CompareTo(y.Value.Column),
        };
}
