namespace Lifecycle.Executors.Process;

/// <summary>Resolves a script location inside a revision folder (reference §4.3).</summary>
public static class ScriptPath
{
    /// <summary>
    /// The full path of <paramref name="location"/> inside <paramref name="revisionRoot"/>, or null when it leaves the
    /// revision. As the agent joins paths, a leading '/' or '\' does not make the location absolute.
    /// </summary>
    /// <param name="revisionRoot">The revision's folder.</param>
    /// <param name="location">The AppSpec's location.</param>
    /// <returns>The full path, or null.</returns>
    public static string? Resolve(string revisionRoot, string location)
    {
        ArgumentNullException.ThrowIfNull(revisionRoot);
        ArgumentNullException.ThrowIfNull(location);
        var root = Path.GetFullPath(revisionRoot);
        var relative = location.Replace('\\', '/').TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? full : null;
    }
}
