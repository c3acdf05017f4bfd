using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>What checking an AppSpec against its revision found, file by file.</summary>
public sealed record RevisionReport
{
    internal RevisionReport(IReadOnlyList<Diagnostic> appSpec, IReadOnlyList<RevisionFileReport> files)
    {
        AppSpec = appSpec;
        Files = files;
    }

    /// <summary>Findings in the AppSpec itself (a script or source that is not there), at the line that names it.</summary>
    public IReadOnlyList<Diagnostic> AppSpec { get; init; }

    /// <summary>Findings in other files of the revision (the scripts, an AppSpec the agent does not read), in path order.</summary>
    public IReadOnlyList<RevisionFileReport> Files { get; init; }

    /// <summary>True when no finding is an error.</summary>
    public bool IsValid => !AppSpec.Any(d => d.IsError) && !Files.Any(f => f.Diagnostics.Any(d => d.IsError));
}

/// <summary>The findings in one file of a revision, at their lines in that file.</summary>
public sealed record RevisionFileReport
{
    internal RevisionFileReport(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        Path = path;
        Diagnostics = diagnostics;
    }

    /// <summary>The file's path in the revision, such as <c>scripts/start.sh</c>.</summary>
    public string Path { get; init; }

    /// <summary>What is wrong in it, in line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; }
}
