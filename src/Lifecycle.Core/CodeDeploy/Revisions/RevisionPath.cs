namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>
/// Paths inside a revision as the agent builds them (reference §4.3): <c>File.join(archive, location)</c>, so a
/// leading <c>/</c> does not make a location absolute, and <c>..</c> is resolved as <c>File.expand_path</c> does.
/// </summary>
internal static class RevisionPath
{
    /// <summary>The location as a canonical revision path, or null when <c>..</c> takes it out of the revision.</summary>
    public static string? Resolve(string location, bool windows)
    {
        var separators = windows ? new[] { '/', '\\' } : ['/'];
        var parts = new List<string>();
        foreach (var segment in location.Split(separators))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>True for <c>a/b</c>: relative, <c>/</c> between non-empty names, none of them <c>.</c> or <c>..</c>.</summary>
    public static bool IsCanonical(string path) =>
        path.Length > 0 && path.Split('/').All(s => s is { Length: > 0 } and not "." and not "..");

    /// <summary>The last name of a path.</summary>
    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
