namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>
/// Which AppSpec file of a revision the agent reads (reference §1.1): <c>appspec.yml</c> when the revision has it,
/// else <c>appspec.yaml</c>; and a revision whose root holds a single folder with an AppSpec in it is read from inside
/// that folder, as the agent strips it when it unpacks the bundle.
/// </summary>
public static class RevisionLayout
{
    /// <summary>The names the agent looks for, the one it prefers first.</summary>
    public static IReadOnlyList<string> AppSpecNames { get; } = ["appspec.yml", "appspec.yaml"];

    /// <summary>The folder the agent reads the revision from: empty for its root, or the single folder it strips.</summary>
    /// <param name="rootNames">The names of the entries at the revision's root.</param>
    /// <param name="isFolder">Whether a root entry is a folder.</param>
    /// <param name="folderNames">The names of the entries in a root folder.</param>
    public static string Root(IReadOnlyCollection<string> rootNames, Func<string, bool> isFolder, Func<string, IEnumerable<string>> folderNames)
    {
        ArgumentNullException.ThrowIfNull(rootNames);
        ArgumentNullException.ThrowIfNull(isFolder);
        ArgumentNullException.ThrowIfNull(folderNames);
        return rootNames.Count == 1 && rootNames.First() is var only && isFolder(only)
            && folderNames(only).Any(n => n.Contains("appspec", StringComparison.OrdinalIgnoreCase))
            ? only
            : string.Empty;
    }

    /// <summary>The AppSpec file the agent reads among the names in the revision's root, or null when there is none.</summary>
    public static string? AppSpecName(IEnumerable<string> rootNames)
    {
        ArgumentNullException.ThrowIfNull(rootNames);
        var names = rootNames.ToHashSet(StringComparer.Ordinal);
        return AppSpecNames.FirstOrDefault(names.Contains);
    }
}
