namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>
/// What a revision folder holds, as its host listed it: every file and folder by path. The core reads no disk; the
/// CLI (or a caller's own code, for a zip or an S3 bundle) lists the entries and hands them over.
/// </summary>
public sealed class RevisionContents
{
    private readonly Dictionary<string, RevisionEntry> _byPath;

    private RevisionContents(Dictionary<string, RevisionEntry> byPath) => _byPath = byPath;

    /// <summary>Every entry, in the order given.</summary>
    public IReadOnlyCollection<RevisionEntry> Entries => _byPath.Values;

    /// <summary>Holds <paramref name="entries"/>; a path given twice keeps its last entry.</summary>
    /// <exception cref="ArgumentException">A path is empty, starts with <c>/</c>, or has an empty, <c>.</c> or <c>..</c> segment.</exception>
    public static RevisionContents Create(IEnumerable<RevisionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byPath = new Dictionary<string, RevisionEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!RevisionPath.IsCanonical(entry.Path))
            {
                throw new ArgumentException($"A revision entry's path must be relative with '/' between names and no '.' or '..': '{entry.Path}'.", nameof(entries));
            }

            byPath[entry.Path] = entry;
        }

        return new RevisionContents(byPath);
    }

    /// <summary>The entry at a canonical path, or null when the revision has none.</summary>
    public RevisionEntry? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The entries under a folder, at any depth (the whole revision for the empty path), in path order.</summary>
    internal IEnumerable<RevisionEntry> Under(string folder)
    {
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        return _byPath.Values.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal) && e.Path.Length > prefix.Length)
            .OrderBy(e => e.Path, StringComparer.Ordinal);
    }
}
