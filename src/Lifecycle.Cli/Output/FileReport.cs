using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>What a command found in one input file.</summary>
internal sealed record FileReport(string Path, IReadOnlyList<Diagnostic> Diagnostics, bool Readable = true)
{
    /// <summary>The AppSpec platform the file was read as (<c>server</c>, <c>ecs</c>, <c>lambda</c>); null for other files.</summary>
    public string? Platform { get; init; }

    /// <summary>For a valid server AppSpec, its hook table as the agent reads it.</summary>
    public ServerAppSpec? Server { get; init; }

    /// <summary>True when the report is about an AppSpec, so JSON output carries platform and hooks.</summary>
    public bool IsAppSpec { get; init; }

    /// <summary>True when the file was read and has no error.</summary>
    public bool Valid => Readable && !Diagnostics.Any(d => d.IsError);

    /// <summary>The report of a file that could not be read.</summary>
    public static FileReport Unreadable(string path, string problem) => new(
        path,
        [new Diagnostic(CliDiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, $"Cannot read the file: {problem}. Check the path.", string.Empty)],
        Readable: false);
}

/// <summary>Codes of the findings the CLI itself makes (docs/cli.md).</summary>
internal static class CliDiagnosticCodes
{
    /// <summary>An input file does not exist, is a folder, is too large, or cannot be read.</summary>
    public const string FileUnreadable = "LCL001";

    /// <summary>A revision folder too large to list, whose files were not checked.</summary>
    public const string RevisionTooLargeCode = "LCL002";

    public static Diagnostic RevisionTooLarge(string folder) => new(RevisionTooLargeCode, DiagnosticSeverity.Info,
        $"The revision folder {folder} holds more than {RevisionFolder.MaxEntries:N0} files and folders, so its scripts and files sources were not checked. Check a smaller revision, or the AppSpec alone with --appspec-only.",
        string.Empty);

    /// <summary>The rules of these codes, as <see cref="Lifecycle.Core.DiagnosticRules"/> gives those of the core.</summary>
    public static readonly DiagnosticRule[] Rules =
    [
        new(FileUnreadable, DiagnosticSeverity.Error, "The file cannot be read",
            "An input file does not exist, is a folder, is over 16 MiB, or the system refused to read it.") { DocumentationPage = "cli.md" },
        new(RevisionTooLargeCode, DiagnosticSeverity.Info, "The revision is too large to check",
            "A revision folder with more than 200,000 files and folders; its scripts and sources were not checked.") { DocumentationPage = "cli.md" },
    ];
}
