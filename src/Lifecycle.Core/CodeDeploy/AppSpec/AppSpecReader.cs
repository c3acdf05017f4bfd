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
    /// <summary>Reads and checks an AppSpec.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="options">The platform, host OS and limits; the defaults detect the platform.</param>
    /// <returns>The platform, every diagnostic in document order, and for a valid server AppSpec its model.</returns>
    public static AppSpecDocument Read(string text, AppSpecOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= AppSpecOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var tree = DocumentTree.Read(text, options.Limits.ToTreeProfile(), TreeSyntax.YamlOrJson, diagnostics);
        var root = tree.Root;
        if (tree.HadByteOrderMark)
        {
            diagnostics.Add(new Diagnostic(ByteOrderMark, DiagnosticSeverity.Warning,
                "The file starts with a UTF-8 byte order mark. Some builds of the agent then read only the first key and refuse the file (\"unsupported operating system ()\"). Save the file as UTF-8 without a BOM.",
                string.Empty, SourceSpan.At(1, 1)));
        }

        if (tree.HasMoreDocuments)
        {
            diagnostics.Add(new Diagnostic(ExtraDocuments, DiagnosticSeverity.Info,
                "The file has more than one YAML document (a line with ---); only the first is read.", string.Empty, root?.Span ?? SourceSpan.At(1, 1)));
        }

        var platform = options.Platform ?? PlatformDetector.Detect(root);
        ServerAppSpec? server = null;
        EcsAppSpec? ecs = null;
        LambdaAppSpec? lambda = null;
        if (!HasError(diagnostics))
        {
            switch (platform)
            {
                case ComputePlatform.Server:
                    CheckAgentSafeLoad(tree, diagnostics);
                    server = ServerAppSpecReader.Read(root, diagnostics, options.HostOs);
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

    // The agent's YAML.load (Psych 4) refuses aliases and creates no Date or Time (reference §2.8).
    private static void CheckAgentSafeLoad(DocumentTree tree, List<Diagnostic> diagnostics)
    {
        foreach (var alias in tree.Aliases)
        {
            diagnostics.Add(new Diagnostic(AliasNotAllowed, DiagnosticSeverity.Error,
                $"The alias *{alias.Name} is refused: the agent's YAML reader does not allow aliases. Write the value out in full.",
                string.Empty, alias.Span));
        }

        if (tree.Root is { } root)
        {
            RefuseDates(root, diagnostics);
        }
    }

    // Recursion is safe here: the tree is no deeper than AppSpecLimits.MaxDepth.
    private static void RefuseDates(YamlNode node, List<Diagnostic> diagnostics)
    {
        switch (node)
        {
            case YamlScalar { Style: ScalarStyle.Plain, Value: [>= '0' and <= '9', _, _, _, '-', ..] } date when date.Ruby.Kind == RubyKind.Date:
                diagnostics.Add(new Diagnostic(DisallowedScalar, DiagnosticSeverity.Error,
                    $"{date.Value} reads as a date, and the agent's YAML reader refuses to create dates. Put it in quotes: \"{date.Value}\".",
                    string.Empty, date.Span));
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    RefuseDates(item, diagnostics);
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    RefuseDates(entry.Key, diagnostics);
                    RefuseDates(entry.Value, diagnostics);
                }

                break;
        }
    }

    private static bool HasError(List<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }

    private static int Compare(SourceSpan? a, SourceSpan? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (x, y) => x.Value.Line != y.Value.Line ? x.Value.Line.CompareTo(y.Value.Line) : x.Value.Column.CompareTo(y.Value.Column),
        };
}
